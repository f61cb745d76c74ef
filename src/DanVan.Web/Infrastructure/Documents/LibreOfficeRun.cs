using System.Diagnostics;

namespace DanVan.Web.Infrastructure.Documents;

/// <summary>What one LibreOffice conversion gave: the converted file, or why not.</summary>
public sealed record LibreOfficeResult(byte[]? Output, bool TimedOut, int ExitCode, string Error);

/// <summary>
/// The one way DanVan (and its tests) runs LibreOffice headless: a private profile in a temporary folder, both output
/// streams drained while it runs (a chatty run cannot fill a pipe and hang), killed with its children when it runs
/// out of time, the folder removed afterwards.
/// </summary>
public static class LibreOfficeRun
{
    /// <param name="target">What <c>--convert-to</c> takes: "pdf", "txt:Text", "png".</param>
    public static async Task<LibreOfficeResult> ConvertAsync(string soffice, byte[] input, string extension, string target, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("danvan-lo-");
        try
        {
            var file = Path.Combine(folder.FullName, "document." + extension);
            await File.WriteAllBytesAsync(file, input, cancellationToken);
            var start = new ProcessStartInfo(soffice)
            {
                ArgumentList = { $"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--norestore", "--convert-to", target, "--outdir", folder.FullName, file },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            limit.CancelAfter(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested();
                return new LibreOfficeResult(null, TimedOut: true, -1, "");
            }

            await Task.WhenAll(output, error);
            var converted = Path.Combine(folder.FullName, "document." + target.Split(':')[0]);
            return process.ExitCode == 0 && File.Exists(converted)
                ? new LibreOfficeResult(await File.ReadAllBytesAsync(converted, cancellationToken), false, 0, await error)
                : new LibreOfficeResult(null, false, process.ExitCode, await error);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
