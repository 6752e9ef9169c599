using System.Net;
using Microsoft.Playwright;
using Netwerk.Testing;
using Xunit.Abstractions;

namespace Netwerk.EndToEnd.Tests.Browser;

/// <summary>The web app at the gateway's root, in Chromium: what a visitor sees, signing in with the code flow and
/// out again, the Dutch 404 page, and no token anywhere in what the browser gets.</summary>
[Collection(PlatformCollection.Name)]
public sealed class WebAppInBrowserTests(PlatformFixture platform, BrowserFixture chromium, ITestOutputHelper output)
{
    [Fact]
    public async Task A_visitor_sees_the_network_signs_in_as_a_member_and_signs_out_again()
    {
        var issuer = await platform.IssuerAsync();
        await using var visitor = await WebAppBrowser.OpenAsync(chromium, issuer, output);
        var page = visitor.Page;

        var landing = await visitor.GoAsync("/");
        Assert.Equal(200, landing.Status);
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Contains("Komende bijeenkomsten", await visitor.MainTextAsync());
        foreach (var name in new[] { "Home", "Leden", "Werkgroepen", "Documenten", "Bijeenkomsten", "Meldingen" })
        {
            Assert.Equal(1, await page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Hoofdmenu" })
                .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true }).CountAsync());
        }
        Assert.Contains("default-src 'none'", await landing.HeaderValueAsync("content-security-policy"));
        await visitor.CheckAsync("home-bezoeker");

        await visitor.Button("Inloggen").ClickAsync();
        await page.WaitForURLAsync(issuer + "account/inloggen**");
        await page.GetByLabel("E-mailadres").FillAsync("bram.jansen@demo.netwerk.example");
        await page.GetByLabel("Wachtwoord").FillAsync("Netwerk-demo-2026");
        await visitor.Button("Inloggen").ClickAsync();
        await visitor.ArriveAsync("/");
        Assert.Equal(issuer, page.Url);
        Assert.Contains("Welkom, Bram", await page.Locator("h1").InnerTextAsync());
        await visitor.CheckAsync("home-lid");
        await visitor.AssertNoTokenReachedTheBrowser();

        await visitor.Button("Uitloggen").ClickAsync();
        await visitor.ArriveAsync("/");
        Assert.Equal(issuer, page.Url);
        Assert.Equal(1, await visitor.Button("Inloggen").CountAsync());

        // No token in any page, script, cookie or storage the browser got, and a policy on every page.
        await visitor.AssertNoTokenReachedTheBrowser();
    }

    [Fact]
    public async Task An_unknown_path_is_a_Dutch_404_page_and_an_unknown_API_path_a_problem()
    {
        var issuer = await platform.IssuerAsync();
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(issuer + "bestaat/niet");

        Assert.Equal(404, response!.Status);
        Assert.Contains("Deze pagina bestaat niet", await page.Locator("h1").InnerTextAsync());
        await PageChecks.AccessibleAsync(page, "niet-gevonden", output);
        using var api = await platform.Gateway.GetAsync("/api/bestaat-niet");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_address_too_long_is_refused_at_the_gateway_with_a_Dutch_page_for_a_browser_and_a_problem_for_a_client()
    {
        var issuer = await platform.IssuerAsync();
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var tooLong = "leden?q=" + new string('a', 9_000);

        var response = await page.GotoAsync(issuer + tooLong);

        Assert.Equal(414, response!.Status);
        Assert.Equal("Dit webadres is te lang", await page.Locator("h1").InnerTextAsync());
        await PageChecks.AccessibleAsync(page, "te-lang-adres", output);
        using var api = await platform.Gateway.GetAsync("/" + tooLong);
        Assert.Equal(HttpStatusCode.RequestUriTooLong, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_service_that_is_down_is_a_Dutch_sentence_in_its_part_of_the_page_and_the_rest_renders()
    {
        var issuer = await platform.IssuerAsync();
        await platform.StopAsync("events");
        try
        {
            await Eventually.ReturnsAsync(() => platform.StatusOfAsync("/api/events"), status => status is 502 or 503);
            await using var visitor = await WebAppBrowser.OpenAsync(chromium, issuer, output);

            var home = await visitor.GoAsync("/");

            Assert.Equal(200, home.Status);
            var events = visitor.Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Komende bijeenkomsten" });
            Assert.Contains("De bijeenkomsten kunnen we op dit moment niet laden", await events.InnerTextAsync());
            var documents = visitor.Page.GetByRole(AriaRole.Region, new PageGetByRoleOptions { Name = "Recente openbare documenten" });
            Assert.True(await documents.GetByRole(AriaRole.Link).CountAsync() > 0);
            await visitor.CheckAsync("home-bijeenkomsten-weg");
            var eventsPage = await visitor.GoAsync("/bijeenkomsten");
            Assert.Equal(200, eventsPage.Status);
            Assert.Contains("kunnen we op dit moment niet laden", await visitor.MainTextAsync());
        }
        finally
        {
            await platform.StartAgainAsync("events", "/api/events");
        }
    }

    [Fact]
    public async Task Signing_out_without_the_forms_antiforgery_token_is_refused()
    {
        using var forged = await platform.Gateway.PostAsync("/uitloggen", new FormUrlEncodedContent(new Dictionary<string, string>()));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}
