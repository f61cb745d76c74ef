using DanVan.Web.Infrastructure.Documents;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Tests.Reporting;

/// <summary>A LibreOffice that is missing, fails or hangs gives "no PDF" (the page says so), never an exception.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PdfConverterTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("danvan-pdf-test-");

    [Theory]
    [InlineData("exit 1")]
    [InlineData("echo 'cannot open' >&2; exit 0")]
    [InlineData("sleep 30")]
    public async Task A_failing_or_hanging_converter_gives_no_pdf_and_no_exception(string script)
    {
        var converter = Converter(Script(script));
        Assert.True(converter.IsAvailable);
        var started = DateTime.UtcNow;
        Assert.Null(await converter.ConvertAsync([1, 2, 3], CancellationToken.None));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20), "the time limit ends a hanging conversion");
    }

    [Fact]
    public async Task A_missing_converter_is_not_available()
    {
        var converter = Converter(Path.Combine(folder.FullName, "no-such-soffice"));
        Assert.False(converter.IsAvailable);
        Assert.Null(await converter.ConvertAsync([1, 2, 3], CancellationToken.None));
    }

    public void Dispose() => folder.Delete(recursive: true);

    private PdfConverter Converter(string soffice) => new(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Documents:SofficePath"] = soffice, ["Documents:PdfTimeoutSeconds"] = "2" }).Build(),
        NullLogger<PdfConverter>.Instance);

    private string Script(string body)
    {
        var path = Path.Combine(folder.FullName, $"soffice-{Guid.NewGuid():N}");
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
