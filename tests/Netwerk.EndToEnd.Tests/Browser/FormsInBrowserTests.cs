using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Netwerk.EndToEnd.Tests.Browser;

/// <summary>Forms in Chromium: bad input gets Dutch messages next to the fields it concerns and changes nothing; a
/// post without the form's antiforgery token is refused; a member on an administrator's page gets the 403 page.</summary>
[Collection(PlatformCollection.Name)]
public sealed class FormsInBrowserTests(PlatformFixture platform, BrowserFixture chromium, ITestOutputHelper output)
{
    [Fact]
    public async Task Signing_up_with_bad_input_shows_Dutch_messages_at_the_fields_and_registers_nobody()
    {
        var issuer = await platform.IssuerAsync();
        var email = $"geen-adres-{Guid.NewGuid():N}";
        await using var visitor = await WebAppBrowser.OpenAsync(chromium, issuer, output);
        await visitor.GoAsync("/aanmelden");
        await visitor.Page.GetByLabel("Naam", new PageGetByLabelOptions { Exact = true }).FillAsync("Kees");
        await visitor.Page.GetByLabel("E-mailadres").FillAsync(email);
        await visitor.Page.GetByLabel("Wachtwoord").FillAsync("kort");
        await visitor.Page.GetByLabel("BRIN-nummer").FillAsync("ABCD");

        await visitor.Button("Aanmelden").ClickAsync();

        await visitor.ArriveAsync("/aanmelden");
        Assert.Contains("Aanmelden lukte niet", await visitor.Page.GetByRole(AriaRole.Alert).InnerTextAsync());
        foreach (var (label, message) in new[]
                 {
                     ("E-mailadres", "Vul een geldig e-mailadres in"), ("Wachtwoord", "Kies een wachtwoord van 10 tot 128 tekens"),
                     ("BRIN-nummer", "Een BRIN-nummer is twee cijfers en twee letters"), ("Functie", "Vul je functie in"),
                     ("School of bestuur", "Vul de naam van je school of bestuur in"), ("Sector", "Kies de sector"),
                 })
        {
            var field = visitor.Page.GetByLabel(label);
            Assert.Equal("true", await field.GetAttributeAsync("aria-invalid"));
            var described = await field.GetAttributeAsync("aria-describedby");
            Assert.NotNull(described);
            var errorId = described.Split(' ').Single(id => id.EndsWith("-fout"));
            Assert.Contains(message, await visitor.Page.Locator($"#{errorId}").InnerTextAsync());
        }
        // What was typed stays, except the password.
        Assert.Equal(email, await visitor.Page.GetByLabel("E-mailadres").InputValueAsync());
        Assert.Equal("", await visitor.Page.GetByLabel("Wachtwoord").InputValueAsync());
        await visitor.CheckAsync("aanmelden-fouten");

        // Nothing was registered: the page refused before anything was stored (the API never took the address).
        Assert.Equal(0, await visitor.Page.Locator("text=wacht op goedkeuring").CountAsync());
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        var issuer = await platform.IssuerAsync();
        await using var visitor = await WebAppBrowser.OpenAsync(chromium, issuer, output);
        await visitor.GoAsync("/aanmelden");
        var email = $"vervalst-{Guid.NewGuid():N}@school.example";

        var forged = await visitor.Page.APIRequest.PostAsync(issuer + "aanmelden", new APIRequestContextOptions
        {
            Form = FormOf(visitor.Page.APIRequest, new Dictionary<string, string>
            {
                ["_handler"] = "aanmelden",
                ["Input.Email"] = email,
                ["Input.Password"] = "Veilig-wachtwoord-42",
                ["Input.DisplayName"] = "Vervalst",
                ["Input.OrganisationName"] = "School",
                ["Input.JobTitle"] = "ICT",
                ["Input.Sector"] = "po",
            }),
        });

        Assert.Equal((int)HttpStatusCode.BadRequest, forged.Status);
        // Nobody was registered with that address: registering it now is a first registration (201), not a duplicate.
        using var first = await platform.ClientFrom("127.0.0.62").PostAsJsonAsync("/api/members/registrations", new
        {
            email,
            password = "Veilig-wachtwoord-42",
            displayName = "Echt",
            organisation = new { name = "School" },
            jobTitle = "ICT",
            sector = "po",
            consents = new { directory = false, partners = false },
        });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
    }

    [Fact]
    public async Task A_member_on_an_administrators_page_gets_the_403_page()
    {
        var issuer = await platform.IssuerAsync();
        await using var member = await WebAppBrowser.OpenAsync(chromium, issuer, output);
        await member.SignInAsync("bram.jansen@demo.netwerk.example", "Netwerk-demo-2026");
        Assert.Equal(0, await member.Link("Beheer").CountAsync());

        foreach (var path in new[] { "/beheer/aanmeldingen", "/beheer/leden", "/beheer/bijeenkomsten", "/beheer/webhooks" })
        {
            var response = await member.GoAsync(path);
            Assert.Equal(403, response.Status);
            Assert.Equal("Geen toegang", await member.Page.Locator("h1").InnerTextAsync());
        }
        await member.CheckAsync("geen-toegang");
        await member.AssertNoTokenReachedTheBrowser();
    }

    private static IFormData FormOf(IAPIRequestContext request, Dictionary<string, string> fields)
    {
        var form = request.CreateFormData();
        foreach (var (name, value) in fields) form.Set(name, value);
        return form;
    }
}
