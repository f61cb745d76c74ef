using System.Net;
using System.Text.RegularExpressions;

namespace DanVan.Tests.Infrastructure;

/// <summary>Posts real forms the way a browser does: antiforgery token read from the page first.</summary>
public static partial class Forms
{
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        return TokenFrom(html) ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl}.");
    }

    public static string? TokenFrom(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageUrl, IDictionary<string, string> fields, string? actionUrl = null)
    {
        var token = await AntiforgeryTokenAsync(client, pageUrl);
        var content = new FormUrlEncodedContent(fields.Append(new KeyValuePair<string, string>("__RequestVerificationToken", token)));
        return await client.PostAsync(actionUrl ?? pageUrl, content);
    }

    public static async Task SignInAsync(HttpClient client, string email, string password = TestPasswords.Default, string? totpKey = null)
    {
        var response = await PostAsync(client, "/Accounts/SignIn", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}");
        }

        if (response.Headers.Location!.OriginalString.Contains("SignInTwoFactor", StringComparison.Ordinal))
        {
            var url = response.Headers.Location.OriginalString;
            var second = await PostAsync(client, url, new Dictionary<string, string> { ["Code"] = Totp.Code(totpKey!) });
            if (second.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Two-factor sign-in of {email} failed: {(int)second.StatusCode}");
            }
        }
    }

    /// <summary>The response body with HTML entities decoded, for asserting on Vietnamese text.</summary>
    public static async Task<string> HtmlAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
