using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;
using Netwerk.EndToEnd.Tests.Account;
using Netwerk.Testing;
using Xunit.Abstractions;

namespace Netwerk.EndToEnd.Tests.Browser;

/// <summary>Membership's account pages in a real browser (Debian's Chromium through Playwright) through the gateway:
/// the code flow's sign-in as a member does it, and axe-core on every account page.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AccountPagesInBrowserTests(PlatformFixture platform, BrowserFixture chromium, ITestOutputHelper output)
{
    private const string DemoEmail = "anne.devries@demo.netwerk.example";
    private const string DemoPassword = "Netwerk-demo-2026";

    [Fact]
    public async Task A_member_signs_in_through_authorize_and_the_sign_in_page_and_comes_back_with_a_code()
    {
        var issuer = await platform.IssuerAsync();
        var redirectUri = issuer + "signin-oidc";
        var pkce = Pkce.New();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        var page = await context.NewPageAsync();

        await page.GotoAsync(issuer + Authorize("netwerk-web-app", redirectUri, pkce, "openid offline_access api")[1..]);
        Assert.StartsWith(issuer + "account/inloggen", page.Url);
        await PageChecks.AccessibleAsync(page, "inloggen", output);

        await page.GetByLabel("E-mailadres").FillAsync(DemoEmail);
        await page.GetByLabel("Wachtwoord").FillAsync(DemoPassword);
        // The browser arriving at the redirect URI with a code is what counts. The web app that answers there started
        // no sign-in of its own for this browser, so it takes the code for none of its own and leaves it unused.
        var arrival = page.WaitForRequestAsync(request => request.Url.StartsWith(redirectUri, StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Inloggen" }).ClickAsync();
        var arrived = await arrival;

        var query = QueryHelpers.ParseQuery(new Uri(arrived.Url).Query);
        Assert.Equal("browser", query["state"].ToString());
        using var tokens = await platform.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = query["code"].ToString(),
            ["code_verifier"] = pkce.Verifier,
            ["redirect_uri"] = redirectUri,
            ["client_id"] = "netwerk-web-app",
            ["client_secret"] = "netwerk-web-app-geheim-2026",
        }));
        Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);
        Assert.True((await tokens.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task Every_account_page_passes_axe_without_a_serious_or_critical_violation()
    {
        var issuer = await platform.IssuerAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL" });
        var page = await context.NewPageAsync();

        // A wrong password: the page with its error message.
        await page.GotoAsync(issuer + "account/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(DemoEmail);
        await page.GetByLabel("Wachtwoord").FillAsync("niet-het-goede-wachtwoord");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Inloggen" }).ClickAsync();
        Assert.Contains("klopt niet", await page.Locator("[role=alert]").InnerTextAsync());
        await PageChecks.AccessibleAsync(page, "inloggen-fout", output);

        await page.GotoAsync(issuer + "account/wachtwoord-vergeten");
        await PageChecks.AccessibleAsync(page, "wachtwoord-vergeten", output);
        await page.GetByLabel("E-mailadres").FillAsync("geen-adres");
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Stuur de link" }).ClickAsync();
        Assert.Equal("true", await page.GetByLabel("E-mailadres").GetAttributeAsync("aria-invalid"));
        await PageChecks.AccessibleAsync(page, "wachtwoord-vergeten-fout", output);

        // A new member's reset link, from the mail sink.
        var (email, _) = await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.0.83"));
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Stuur de link" }).ClickAsync();
        await PageChecks.AccessibleAsync(page, "wachtwoord-vergeten-verstuurd", output);
        await page.GotoAsync(await platform.Mail.LinkToAsync(email, "Nieuw wachtwoord"));
        await PageChecks.AccessibleAsync(page, "wachtwoord-herstellen", output);

        // Signed in: the account, its forms, consent for a partner's application, signing out.
        await page.GotoAsync(issuer + "account/inloggen?terug=/account");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(NewMembers.Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(issuer + "account");
        await PageChecks.AccessibleAsync(page, "account", output);
        foreach (var (path, name) in new[] { ("account/wachtwoord-wijzigen", "wachtwoord-wijzigen"), ("account/e-mailadres-wijzigen", "e-mailadres-wijzigen") })
        {
            await page.GotoAsync(issuer + path);
            await PageChecks.AccessibleAsync(page, name, output);
        }
        await page.GotoAsync(issuer + Authorize("partner-demo", "http://localhost:5099/callback", Pkce.New(), "openid profile email")[1..]);
        Assert.StartsWith(issuer + "account/toestemming", page.Url);
        await PageChecks.AccessibleAsync(page, "toestemming", output);
        await page.GotoAsync(issuer + "account/uitloggen");
        await PageChecks.AccessibleAsync(page, "uitloggen", output);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Uitloggen" }).ClickAsync();
        await page.WaitForURLAsync(issuer + "account/uitgelogd");
        await PageChecks.AccessibleAsync(page, "uitgelogd", output);
    }

    [Fact]
    public async Task The_sign_in_page_works_with_JavaScript_off_and_sends_its_policy()
    {
        var issuer = await platform.IssuerAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(issuer + "account/inloggen?terug=/account");
        var policy = await response!.HeaderValueAsync("content-security-policy");
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("script-src", policy);
        Assert.Equal(0, await page.Locator("script").CountAsync());
        await page.GetByLabel("E-mailadres").FillAsync(DemoEmail);
        await page.GetByLabel("Wachtwoord").FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(issuer + "account");
        Assert.Contains("Anne", await page.Locator("main").InnerTextAsync());
    }


    private static string Authorize(string clientId, string redirectUri, Pkce pkce, string scope) =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri,
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = "browser",
            ["code_challenge"] = pkce.Challenge,
            ["code_challenge_method"] = "S256",
        });
}
