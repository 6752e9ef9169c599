using Microsoft.Playwright;
using Netwerk.Testing;
using Xunit.Abstractions;

namespace Netwerk.EndToEnd.Tests.Browser;

/// <summary>A new member's whole way through the web app, in Chromium against the whole platform: sign up, confirm
/// the address from the mail sink, be approved by the administrator, sign in, join a working group, share a PDF and
/// find it by a Dutch word from inside it, wait for a full event and be promoted live in the inbox, download the
/// data, and leave. axe-core checks every page on the way; no page carries a token.</summary>
[Collection(PlatformCollection.Name)]
public sealed class MemberJourneyInBrowserTests(PlatformFixture platform, BrowserFixture chromium, ITestOutputHelper output)
{
    private const string Password = "Veilig-wachtwoord-42";

    [Fact]
    public async Task A_visitor_becomes_a_member_takes_part_and_leaves_the_network()
    {
        var issuer = await platform.IssuerAsync();
        var email = $"sanne-{Guid.NewGuid():N}@school.example";
        var name = $"Sanne {Guid.NewGuid().ToString("N")[..5]}";
        await using var member = await WebAppBrowser.OpenAsync(chromium, issuer, output);

        // Sign up.
        await member.GoAsync("/");
        await member.Button("Aanmelden").ClickAsync();
        await member.ArriveAsync("/aanmelden");
        await member.CheckAsync("aanmelden");
        await member.Page.GetByLabel("Naam", new PageGetByLabelOptions { Exact = true }).FillAsync(name);
        await member.Page.GetByLabel("E-mailadres").FillAsync(email);
        await member.Page.GetByLabel("Wachtwoord").FillAsync(Password);
        await member.Page.GetByLabel("Functie").FillAsync("Informatiemanager");
        await member.Page.GetByLabel("School of bestuur").FillAsync("Het Baken College");
        await member.Page.GetByLabel("BRIN-nummer").FillAsync("21XY");
        await member.Page.GetByLabel("Sector").SelectOptionAsync("vo");
        await member.Page.GetByLabel("Toon mij in het ledenoverzicht").CheckAsync();
        await member.Button("Aanmelden").ClickAsync();
        await member.ArriveAsync("/aanmelden/ontvangen");
        Assert.Contains("wacht op goedkeuring", await member.Page.Locator("h1").InnerTextAsync());

        // Confirm the address with the link from the mail sink.
        await member.Page.GotoAsync(await platform.Mail.LinkToAsync(email, "Bevestig je e-mailadres"));
        await member.Button("Bevestig mijn e-mailadres").ClickAsync();
        await member.Page.WaitForSelectorAsync("text=je e-mailadres is bevestigd");

        // The administrator approves.
        await using (var administrator = await WebAppBrowser.OpenAsync(chromium, issuer, output))
        {
            await administrator.SignInAsync("beheer@netwerk.example", "Netwerk-beheer-2026", "/beheer/aanmeldingen");
            await administrator.CheckAsync("beheer-aanmeldingen");
            var card = administrator.Page.GetByRole(AriaRole.Listitem).Filter(new LocatorFilterOptions { HasText = email });
            await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Goedkeuren", Exact = true }).ClickAsync();
            await administrator.ArriveAsync("/beheer/aanmeldingen");
            Assert.Contains("goedgekeurd", await administrator.MainTextAsync());
            await administrator.AssertNoTokenReachedTheBrowser();
        }

        // The new member signs in and joins a working group.
        await member.SignInAsync(email, Password);
        Assert.Contains($"Welkom, {name}", await member.Page.Locator("h1").InnerTextAsync());
        await member.CheckAsync("home-nieuw-lid");
        await member.Page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link,
            new LocatorGetByRoleOptions { Name = "Werkgroepen", Exact = true }).ClickAsync();
        await member.ArriveAsync("/werkgroepen");
        await member.CheckAsync("werkgroepen");
        await member.Button("Lid worden: Professionalisering").ClickAsync();
        await member.ArriveAsync("/werkgroepen");
        Assert.Contains("Je bent lid van deze werkgroep.", await member.MainTextAsync());
        Assert.Equal(1, await member.Button("Verlaten: Professionalisering").CountAsync());

        // Share a PDF and find it by a Dutch word from inside it, not in its title or tags.
        var title = $"Verslag {Guid.NewGuid().ToString("N")[..6]}";
        await member.GoAsync("/documenten/nieuw");
        await member.CheckAsync("document-delen");
        // A file over 50 MB is refused at its field before anything is sent.
        var sent = 0;
        member.Page.Request += (_, request) => { if (request.Method == "POST") Interlocked.Increment(ref sent); };
        var tooLarge = Path.Combine(Path.GetTempPath(), $"te-groot-{Guid.NewGuid():N}.pdf");
        await using (var file = File.Create(tooLarge)) file.SetLength(51 * 1024 * 1024);
        await member.Page.GetByLabel("Bestand").SetInputFilesAsync(tooLarge);
        await member.Button("Delen").ClickAsync();
        await member.Page.WaitForSelectorAsync("#file-fout:has-text('Dit bestand is groter dan 50 MB.')");
        Assert.Equal("true", await member.Page.GetByLabel("Bestand").GetAttributeAsync("aria-invalid"));
        Assert.Equal(0, sent);
        File.Delete(tooLarge);
        await member.Page.GetByLabel("Bestand").SetInputFilesAsync(new FilePayload
        {
            Name = "verslag.pdf",
            MimeType = "application/pdf",
            Buffer = TestPdf.With("De werkgroep vergeleek drie leerlingvolgsystemen op privacy en gebruiksgemak."),
        });
        await member.Page.GetByLabel("Titel").FillAsync(title);
        await member.Page.GetByLabel("Trefwoorden").FillAsync("lvs, vergelijking");
        await member.Button("Delen").ClickAsync();
        await member.Page.WaitForSelectorAsync("text=Het document is gedeeld.");
        await member.CheckAsync("document");
        var found = await Eventually.ReturnsAsync(async () =>
        {
            await member.GoAsync("/documenten?q=leerlingvolgsystemen");
            return await member.Page.Locator(".netwerk-result").Filter(new LocatorFilterOptions { HasText = title }).CountAsync();
        }, count => count == 1, TimeSpan.FromSeconds(60));
        Assert.Equal(1, found);
        var result = member.Page.Locator(".netwerk-result").Filter(new LocatorFilterOptions { HasText = title });
        Assert.Contains("leerlingvolgsystemen", await result.Locator("mark").First.InnerTextAsync());
        await member.CheckAsync("documenten-zoeken");
        await member.Link(title).ClickAsync();
        var download = await member.Page.RunAndWaitForDownloadAsync(() => member.Link("Downloaden (versie 1)").ClickAsync());
        Assert.Equal("verslag.pdf", download.SuggestedFilename);
        Assert.StartsWith("%PDF", await File.ReadAllTextAsync((await download.PathAsync())!));

        // A full event: the new member waits, and is promoted live when the seat holder cancels.
        var seatHolder = await DemoTokens.MemberAsync(platform.Gateway);
        var (eventId, eventTitle) = await PlatformCalls.FullEventAsync(platform, seatHolder);
        await member.GoAsync($"/bijeenkomsten/{eventId}");
        await member.Button("Aanmelden voor deze bijeenkomst").ClickAsync();
        await member.Page.WaitForSelectorAsync("text=Je staat op de wachtlijst, op plaats 1.");
        await member.CheckAsync("bijeenkomst-wachtlijst");

        await member.GoAsync("/meldingen");
        await member.CheckAsync("meldingen");
        var before = await member.Page.Locator("#meldingen-lijst > li").CountAsync();
        var navigations = 0;
        member.Page.FrameNavigated += (_, frame) => { if (frame == member.Page.MainFrame) navigations++; };
        await PlatformCalls.SendAsync(platform, HttpMethod.Delete, $"/api/events/{eventId}/registrations/me", seatHolder);
        var promotion = member.Page.Locator("#meldingen-lijst > li").Filter(new LocatorFilterOptions { HasText = "Er is een plaats voor je vrijgekomen" });
        await promotion.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Equal(0, navigations);
        Assert.Equal(before + 1, await member.Page.Locator("#meldingen-lijst > li").CountAsync());
        Assert.Equal($"/bijeenkomsten/{eventId}", await promotion.GetByRole(AriaRole.Link).GetAttributeAsync("href"));
        await promotion.GetByRole(AriaRole.Link).ClickAsync();
        await member.Page.WaitForSelectorAsync("text=Je bent aangemeld.");
        Assert.Contains(eventTitle, await member.Page.Locator("h1").InnerTextAsync());

        // Download "mijn gegevens".
        await member.GoAsync("/profiel");
        await member.CheckAsync("profiel");
        var export = await member.Page.RunAndWaitForDownloadAsync(() => member.Link("Mijn gegevens downloaden").ClickAsync());
        var exported = await File.ReadAllTextAsync((await export.PathAsync())!);
        Assert.Contains(email, exported);
        Assert.Contains(title, exported);

        // Leave the network.
        await member.Link("Lidmaatschap opzeggen").ClickAsync();
        await member.ArriveAsync("/profiel/opzeggen");
        await member.CheckAsync("opzeggen");
        await member.Button("Opzeggen").ClickAsync();
        Assert.Contains("Vink eerst aan", await member.MainTextAsync());
        await member.Page.GetByLabel("Ja, ik zeg mijn lidmaatschap op").CheckAsync();
        await member.Button("Opzeggen").ClickAsync();
        await member.ArriveAsync("/tot-ziens");
        await member.CheckAsync("tot-ziens");
        await member.GoAsync("/");
        Assert.Equal(1, await member.Button("Inloggen").CountAsync());
        await member.AssertNoTokenReachedTheBrowser();

        // Gone: the address no longer signs in.
        await member.GoAsync("/inloggen");
        await member.Page.GetByLabel("E-mailadres").FillAsync(email);
        await member.Page.GetByLabel("Wachtwoord").FillAsync(Password);
        await member.Button("Inloggen").ClickAsync();
        Assert.Contains("/account/inloggen", member.Page.Url);
    }
}
