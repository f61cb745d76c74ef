using System.Net;
using System.Text.RegularExpressions;
using DanVan.Tests.Infrastructure;

namespace DanVan.Tests.Web;

/// <summary>
/// Pages for slow links: HTML compressed on the fly (Brotli or gzip, as the browser accepts), static files linked by
/// fingerprinted URLs, served compressed at build and cached a year as immutable, so a repeat visit fetches none again.
/// </summary>
public abstract partial class LightPagesTests(DanVanApp app)
{
    [Fact]
    public async Task Pages_come_compressed_and_their_assets_fingerprinted_compressed_and_cached_for_a_year()
    {
        // Signed in: the sign-in cookie is renewed (with "no-store") on every request that reaches authentication; the
        // static files must never carry that, or the browser fetches them again on every page.
        await app.CreateUserAsync("light.pages@test.vn", DanVan.Web.Infrastructure.Auth.MembershipRole.Viewer, "TL.HND");
        var client = app.CreateBrowser();
        await Forms.SignInAsync(client, "light.pages@test.vn");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        var page = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("br", Assert.Single(page.Content.Headers.ContentEncoding));
        await using var decoded = new System.IO.Compression.BrotliStream(await page.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        var html = await new StreamReader(decoded).ReadToEndAsync();

        var assets = Asset().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(assets, a => a.Contains("bootstrap", StringComparison.Ordinal) && a.EndsWith(".css", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.Contains("htmx", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            // A fingerprint in the name (bootstrap.min.abc123xyz.css), not a query string a cache may ignore.
            Assert.Matches(@"\.[a-z0-9]{8,}\.(css|js|svg)$", asset);
            using var get = new HttpRequestMessage(HttpMethod.Get, asset);
            get.Headers.AcceptEncoding.ParseAdd("gzip");
            var response = await client.SendAsync(get);
            Assert.True(response.StatusCode == HttpStatusCode.OK, asset);
            Assert.True(response.Headers.CacheControl?.ToString().Contains("immutable", StringComparison.Ordinal) == true, $"{asset}: {response.Headers.CacheControl}");
            Assert.True(response.Headers.CacheControl!.MaxAge >= TimeSpan.FromDays(365), $"{asset}: {response.Headers.CacheControl}");
            Assert.False(response.Headers.CacheControl.NoStore, $"{asset}: {response.Headers.CacheControl}");
            Assert.False(response.Headers.Contains("Set-Cookie"), asset);
            Assert.Equal("gzip", Assert.Single(response.Content.Headers.ContentEncoding));
        }
    }

    [GeneratedRegex(@"(?:href|src)=""(/[^""]+\.(?:css|js|svg))""")]
    private static partial Regex Asset();
}

public sealed class LightPagesTests_Sqlite(SqliteApp app) : LightPagesTests(app), IClassFixture<SqliteApp>;
