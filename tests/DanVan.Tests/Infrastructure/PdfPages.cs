using System.Diagnostics;
using System.Text;
using UglyToad.PdfPig;

namespace DanVan.Tests.Infrastructure;

/// <summary>What LibreOffice laid out, read back from its PDF: the printed lines of a page, and the page as an image.</summary>
public static class PdfPages
{
    /// <summary>
    /// The lines of page <paramref name="number"/> as printed: words on one baseline, split where a gap wider than a
    /// few spaces separates them (the header's two columns share baselines). Text in Unicode normal form C.
    /// </summary>
    public static IReadOnlyList<string> Lines(byte[] pdf, int number = 1)
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(number);
        var lines = new List<string>();
        foreach (var baseline in page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom / 2)).OrderByDescending(g => g.Key))
        {
            var line = new StringBuilder();
            double? right = null;
            foreach (var word in baseline.OrderBy(w => w.BoundingBox.Left))
            {
                if (right is { } end && word.BoundingBox.Left - end > 20)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : "").Append(word.Text);
                right = word.BoundingBox.Right;
            }

            lines.Add(line.ToString());
        }

        return lines.Select(l => l.Normalize(NormalizationForm.FormC)).ToList();
    }

    /// <summary>Saves page 1 as a PNG under the test output's screens/, with Debian's pdftoppm, to be looked at.</summary>
    public static async Task SaveImageAsync(byte[] pdf, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screens");
        Directory.CreateDirectory(folder);
        var source = Path.Combine(folder, name + ".pdf");
        await File.WriteAllBytesAsync(source, pdf);
        using var process = Process.Start(new ProcessStartInfo("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", source, Path.Combine(folder, name)])
        {
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("pdftoppm did not start.");
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pdftoppm: {await process.StandardError.ReadToEndAsync()}");
    }
}
