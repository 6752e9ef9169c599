using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Netwerk.EndToEnd.Tests.Browser;

/// <summary>One person in the web app, in a browser context of their own (their own cookies). Every page the site
/// sends them is kept and checked as it arrives: each HTML page must carry a Content-Security-Policy, and
/// <see cref="AssertNoTokenReachedTheBrowser"/> shows that no access or refresh token was in any page, script or cookie.</summary>
public sealed class WebAppBrowser : IAsyncDisposable
{
    private readonly List<string> _received = [];
    private readonly List<string> _withoutPolicy = [];
    private readonly ITestOutputHelper _output;

    private WebAppBrowser(IBrowserContext context, IPage page, string issuer, ITestOutputHelper output)
    {
        Context = context;
        Page = page;
        Issuer = issuer;
        _output = output;
        page.Response += async (_, response) =>
        {
            if (!response.Url.StartsWith(issuer, StringComparison.Ordinal)) return;
            var type = response.Headers.GetValueOrDefault("content-type", "");
            if (!type.StartsWith("text/html") && !type.Contains("javascript")) return;
            if (type.StartsWith("text/html") && !response.Headers.ContainsKey("content-security-policy")) lock (_withoutPolicy) _withoutPolicy.Add(response.Url);
            try
            {
                var body = await response.TextAsync();
                lock (_received) _received.Add(body);
            }
            catch (PlaywrightException)
            {
                // A redirect's body, or a page already left: nothing to read.
            }
        };
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }
    /// <summary>The gateway's address, ending in `/`: the web app's root.</summary>
    public string Issuer { get; }

    public static async Task<WebAppBrowser> OpenAsync(BrowserFixture chromium, string issuer, ITestOutputHelper output, int width = 1280, int height = 900)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "nl-NL",
            TimezoneId = "Europe/Amsterdam",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        return new WebAppBrowser(context, await context.NewPageAsync(), issuer, output);
    }

    public async Task<IResponse> GoAsync(string path)
    {
        var response = await Page.GotoAsync(Issuer + path.TrimStart('/'));
        Assert.NotNull(response);
        return response;
    }

    /// <summary>Signs in through membership's page (the code flow) and waits to be back where it started.</summary>
    public async Task SignInAsync(string email, string password, string returnTo = "/")
    {
        await GoAsync($"inloggen?terug={Uri.EscapeDataString(returnTo)}");
        await Page.GetByLabel("E-mailadres").FillAsync(email);
        await Page.GetByLabel("Wachtwoord").FillAsync(password);
        await Button("Inloggen").ClickAsync();
        await ArriveAsync(returnTo);
    }

    /// <summary>Waits to arrive at a path of the site (any query); if the browser stops elsewhere, says where and what it shows.</summary>
    public async Task ArriveAsync(string path)
    {
        var wanted = Issuer + path.TrimStart('/');
        try
        {
            await Page.WaitForURLAsync(url => url == wanted || url.StartsWith(wanted + "?", StringComparison.Ordinal));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Expected {wanted}, stopped at {Page.Url}: {await Page.Locator("main").InnerTextAsync()}");
        }
    }

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = name, Exact = true });

    public ILocator Link(string name) => Page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = name, Exact = true });

    public Task<string> MainTextAsync() => Page.Locator("main").InnerTextAsync();

    /// <summary>axe-core and the screenshots at phone and desktop width (<see cref="PageChecks"/>).</summary>
    public Task CheckAsync(string name) => PageChecks.AccessibleAsync(Page, name, _output);

    public async Task AssertNoTokenReachedTheBrowser()
    {
        Assert.Empty(_withoutPolicy);
        Assert.NotEmpty(_received);
        // A JWT starts with the base64 of `{"` and has dot-separated parts; OpenIddict's refresh tokens are JWE tokens,
        // which look the same. Only at the start of a token: an antiforgery token may hold "eyJ" by chance inside it.
        Assert.All(_received, body => Assert.DoesNotMatch(Jwt, body));
        Assert.All(await Context.CookiesAsync(), cookie => Assert.DoesNotMatch(Jwt, cookie.Value));
        var storage = await Page.EvaluateAsync<string>("() => JSON.stringify(Object.assign({}, window.localStorage, window.sessionStorage))");
        Assert.DoesNotMatch(Jwt, storage);
    }

    private static readonly System.Text.RegularExpressions.Regex Jwt = new(@"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+");

    public async ValueTask DisposeAsync() => await Context.DisposeAsync();
}
