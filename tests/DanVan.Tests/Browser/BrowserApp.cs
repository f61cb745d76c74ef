using DanVan.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DanVan.Tests.Browser;

/// <summary>
/// The real app served by Kestrel on a loopback port, and Debian's Chromium driven by Playwright.
/// No browser is downloaded: Playwright launches /usr/bin/chromium (or DANVAN_CHROMIUM).
/// </summary>
public abstract class BrowserApp : DanVanApp, IAsyncLifetime
{
    private IPlaywright? playwright;

    protected BrowserApp(Engine engine)
        : base(engine)
    {
        UseKestrel(0);
    }

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("DANVAN_CHROMIUM") ?? "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseUrl = addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update"],
        });
    }

    /// <summary>A fresh browser session (own cookies) at a desktop or phone-sized viewport.</summary>
    /// <summary>A page signed in as the user, that collects script and CSP errors into <paramref name="errors"/>.</summary>
    public async Task<IPage> SignedInPageAsync(Viewport viewport, string email, List<string> errors)
    {
        var page = await NewPageAsync(viewport);
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") { errors.Add(page.Url + " " + message.Text); } };
        await page.GotoAsync("/Accounts/SignIn");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Mật khẩu").FillAsync(TestPasswords.Default);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        return page;
    }

    /// <summary>
    /// Opens each page, waits for its mark, checks the page never scrolls sideways (tables scroll inside their own
    /// region), and saves it as an image under the test output's screens/ to look at.
    /// </summary>
    public static async Task CheckPagesAsync(IPage page, string tag, IEnumerable<(string Name, string Url, string Ready)> pages)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screens");
        Directory.CreateDirectory(folder);
        var inaccessible = new List<string>();
        foreach (var (name, url, ready) in pages)
        {
            await page.GotoAsync(url);
            await Assertions.Expect(page.Locator(ready)).ToBeVisibleAsync();
            var scroll = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            var width = await page.EvaluateAsync<int>("() => window.innerWidth");
            Assert.True(scroll <= width + 1, $"{name} at {tag}: the page is {scroll} px wide in a {width} px window");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-{tag}.png"), FullPage = true });
            inaccessible.AddRange(await SeriousViolationsAsync(page, $"{name} at {tag}"));
        }

        Assert.True(inaccessible.Count == 0, string.Join("\n", inaccessible));
    }

    /// <summary>
    /// What axe-core (the copy inside the Deque package, injected into the page; nothing downloaded) finds serious or
    /// critical on the page as it stands, one line per rule and element.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(IPage page, string where)
    {
        var result = await Deque.AxeCore.Playwright.PageExtensions.RunAxe(page);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .SelectMany(v => v.Nodes.Select(n => $"{where}: {v.Id} ({v.Impact}) {n.Target}: {v.Help}"))
            .ToList();
    }

    public async Task<IPage> NewPageAsync(Viewport viewport)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "vi-VN",
            ViewportSize = viewport == Viewport.Phone ? new ViewportSize { Width = 375, Height = 740 } : new ViewportSize { Width = 1280, Height = 800 },
            IsMobile = viewport == Viewport.Phone,
            HasTouch = viewport == Viewport.Phone,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await DisposeAsync();
    }
}

public enum Viewport
{
    Desktop,
    Phone,
}

public sealed class PostgresBrowserApp() : BrowserApp(Engine.Postgres);
