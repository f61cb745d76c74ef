using DanVan.Web.Infrastructure.Documents;

namespace DanVan.Tests.Infrastructure;

/// <summary>Debian's LibreOffice, headless, converting a generated file the way a user's office suite opens it (the app's own launcher).</summary>
public static class LibreOffice
{
    public static string Path => Environment.GetEnvironmentVariable("DANVAN_SOFFICE") ?? "/usr/bin/soffice";

    /// <summary>Converts <paramref name="bytes"/> (named with <paramref name="extension"/>) to <paramref name="target"/> ("pdf", "txt:Text", "png").</summary>
    public static async Task<byte[]> ConvertAsync(byte[] bytes, string extension, string target)
    {
        var result = await LibreOfficeRun.ConvertAsync(Path, bytes, extension, target, TimeSpan.FromMinutes(2), CancellationToken.None);
        return result.Output ?? throw new InvalidOperationException(result.TimedOut
            ? $"LibreOffice did not convert to {target} within 2 minutes."
            : $"LibreOffice could not convert to {target} (exit {result.ExitCode}): {result.Error}");
    }
}
