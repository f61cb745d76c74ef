using System.Text.RegularExpressions;
using DanVan.Tests.Infrastructure;

namespace DanVan.Tests.Petitions;

/// <summary>The public form as a citizen's browser fills it: the commune found by name, the question answered.</summary>
public static partial class PetitionForms
{
    private static readonly string[] Words = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    /// <returns>The form, its answer filled, and where it posts.</returns>
    public static async Task<(HtmlForm Form, string Action)> OpenAsync(HttpClient client, string commune = "Thượng Lâm")
    {
        var search = await client.GetStringAsync("/Public/Petitions/New?q=" + Uri.EscapeDataString(commune));
        var link = CommuneLink().Match(search);
        if (!link.Success)
        {
            throw new InvalidOperationException("commune not found: " + search);
        }

        var url = System.Net.WebUtility.HtmlDecode(link.Groups[1].Value);
        var html = await client.GetStringAsync(url);
        return (HtmlForm.Read(html, "petition-form").Set("Answer", AnswerOf(html)), url);
    }

    public static string ActionOf(string html) => System.Net.WebUtility.HtmlDecode(ActionPattern().Match(html).Groups[1].Value);

    /// <summary>"Năm cộng hai bằng mấy?" → "7".</summary>
    public static string AnswerOf(string html)
    {
        var match = QuestionPattern().Match(System.Net.WebUtility.HtmlDecode(html));
        var a = Array.IndexOf(Words, match.Groups[1].Value.ToLowerInvariant());
        var b = Array.IndexOf(Words, match.Groups[2].Value.ToLowerInvariant());
        return (a + b).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string CodeOf(HttpResponseMessage redirect) =>
        Uri.UnescapeDataString(redirect.Headers.Location!.OriginalString.Split("code=")[1].Split('&')[0]);

    [GeneratedRegex("href=\"(/Public/Petitions/New\\?commune=[^\"]+)\"")]
    private static partial Regex CommuneLink();

    [GeneratedRegex("action=\"([^\"]+)\"")]
    private static partial Regex ActionPattern();

    [GeneratedRegex(@"Câu hỏi kiểm tra: (\p{L}+) cộng (\p{L}+) bằng mấy")]
    private static partial Regex QuestionPattern();
}
