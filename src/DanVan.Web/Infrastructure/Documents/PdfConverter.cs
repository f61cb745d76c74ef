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

        await OneAtATime.WaitAsync(cancellationToken);
        try
        {
            var result = await LibreOfficeRun.ConvertAsync(Soffice, docx, "docx", "pdf", Timeout, cancellationToken);
            if (result.TimedOut)
            {
                logger.LogWarning("LibreOffice did not convert to PDF within {Seconds} s.", Timeout.TotalSeconds);
            }
            else if (result.Output is null)
            {
                logger.LogWarning("LibreOffice could not convert to PDF (exit {Code}): {Error}", result.ExitCode, result.Error);
            }

            return result.Output;
        }
        finally
        {
            OneAtATime.Release();
        }
    }
}
