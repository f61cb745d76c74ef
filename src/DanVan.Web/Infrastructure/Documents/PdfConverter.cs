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

    public bool IsAvailable => File.Exists(Soffice);

    /// <returns>The PDF, or null when LibreOffice is missing or failed (logged).</returns>
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
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            var output = Path.Combine(folder.FullName, "bao-cao.pdf");
            if (process.ExitCode == 0 && File.Exists(output))
            {
                return await File.ReadAllBytesAsync(output, cancellationToken);
            }

            logger.LogWarning("LibreOffice could not convert to PDF (exit {Code}): {Error}", process.ExitCode, await process.StandardError.ReadToEndAsync(cancellationToken));
            return null;
        }
        finally
        {
            OneAtATime.Release();
            folder.Delete(recursive: true);
        }
    }
}
