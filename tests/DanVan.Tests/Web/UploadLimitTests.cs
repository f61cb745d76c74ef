using System.Net;
using DanVan.Tests.Infrastructure;
using DanVan.Web.Modules.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using DanVan.Web.Infrastructure.Auth;
using DanVan.Web.Modules.Organizations.Contracts;

namespace DanVan.Tests.Web;

/// <summary>On Kestrel, as in production: an upload over a page's limit gets the page's 413 with a message, not a 500.</summary>
public sealed class UploadLimitTests : IAsyncLifetime
{
    private readonly DanVanApp app = new(Engine.Sqlite);

    public Task InitializeAsync()
    {
        app.UseKestrel(0);
        app.StartServer();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task An_upload_over_the_page_limit_is_a_413_with_a_message_and_nothing_saved()
    {
        await app.CreateUserAsync("upload.limit@test.vn", MembershipRole.OrganizationAdmin, "TL.DU", subtree: true);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(address) };
        await Forms.SignInAsync(client, "upload.limit@test.vn");
        var units = await app.WithDbAsync((db, _) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Organizations));
        var token = await Forms.AntiforgeryTokenAsync(client, "/Organizations/Transfer/Import");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(new byte[3 * 1024 * 1024]), "Upload", "to-chuc.csv" },
        };
        var response = await client.PostAsync("/Organizations/Transfer/Import", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("vượt quá dung lượng cho phép", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(units, await app.WithDbAsync((db, _) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Organizations)));
    }
}
