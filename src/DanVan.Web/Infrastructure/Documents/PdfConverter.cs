using System.Diagnostics;

namespace DanVan.Web.Infrastructure.Documents;

/// <summary>
/// Turns a generated .docx into PDF with LibreOffice headless, when it is installed (<c>Documents:SofficePath</c>,
/// /usr/bin/soffice by default). One conversion at a time: LibreOffice is heavy on a two-core server.
/// </summary>
public sealed class PdfConverter(IConfiguration configuration, ILogger<PdfConverter> logger)
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    private string Soffice => configuration["Documents:SofficePath"] ?? "/usr/bin/soffice";

    /// <summary>How long one conversion may take (<c>Documents:PdfTimeoutSeconds</c>, 90 by default).</summary>
    private TimeSpan Timeout => TimeSpan.FromSeconds(configuration.GetValue("Documents:PdfTimeoutSeconds", 90));

    public bool IsAvailable => File.Exists(Soffice);

    /// <returns>The PDF, or null when LibreOffice is missing, failed or ran out of time (logged).</returns>
    public async Task<byte[]?> ConvertAsync(byte[] docx, CancellationToken cancellationToken)
    {
        if (!IsAvailable)
        {
            return null;
        }

        var folder = Directory.CreateTempSubdirectory("danvan-pdf-");
        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            var input = Path.Combine(folder.FullName, "bao-cao.docx");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var start = new ProcessStartInfo(Soffice)
            {
                ArgumentList = { $"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder.FullName, input },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;

            // Both streams are drained while LibreOffice runs, so a chatty run cannot fill a pipe and hang.
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                cancellationToken.ThrowIfCancellationRequested(); // the request went away: nothing to answer
                logger.LogWarning("LibreOffice did not convert to PDF within {Seconds} s.", Timeout.TotalSeconds);
                return null;
            }

            await Task.WhenAll(output, error);
            var pdf = Path.Combine(folder.FullName, "bao-cao.pdf");
            if (process.ExitCode == 0 && File.Exists(pdf))
            {
                return await File.ReadAllBytesAsync(pdf, cancellationToken);
            }

            logger.LogWarning("LibreOffice could not convert to PDF (exit {Code}): {Error}", process.ExitCode, await error);
            return null;
        }
        finally
        {
            OneAtATime.Release();
            folder.Delete(recursive: true);
        }
    }
}
