using System.Diagnostics;

namespace DanVan.Tests.Infrastructure;

/// <summary>Debian's LibreOffice, headless, converting a generated file the way a user's office suite opens it.</summary>
public static class LibreOffice
{
    public static string Path => Environment.GetEnvironmentVariable("DANVAN_SOFFICE") ?? "/usr/bin/soffice";

    /// <summary>Converts <paramref name="bytes"/> (named with <paramref name="extension"/>) to <paramref name="target"/> ("pdf", "txt:Text", "png").</summary>
    public static async Task<byte[]> ConvertAsync(byte[] bytes, string extension, string target)
    {
        var folder = Directory.CreateTempSubdirectory("danvan-lo-");
        try
        {
            var input = System.IO.Path.Combine(folder.FullName, "document." + extension);
            await File.WriteAllBytesAsync(input, bytes);
            var start = new ProcessStartInfo(Path)
            {
                ArgumentList = { $"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--norestore", "--convert-to", target, "--outdir", folder.FullName, input },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            var output = System.IO.Path.Combine(folder.FullName, "document." + target.Split(':')[0]);
            if (process.ExitCode != 0 || !File.Exists(output))
            {
                throw new InvalidOperationException($"LibreOffice could not convert to {target}: {await process.StandardError.ReadToEndAsync()}");
            }

            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
