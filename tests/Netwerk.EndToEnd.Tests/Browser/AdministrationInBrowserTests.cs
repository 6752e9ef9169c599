using Microsoft.Playwright;
using Netwerk.EndToEnd.Tests.Account;
using Xunit.Abstractions;

namespace Netwerk.EndToEnd.Tests.Browser;

/// <summary>The administration in Chromium: check-in at the door on a phone, and roles an administrator changes,
/// which the member's next sign-in brings to their pages.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AdministrationInBrowserTests(PlatformFixture platform, BrowserFixture chromium, ITestOutputHelper output)
{
    [Fact]
    public async Task A_moderator_checks_members_in_at_the_door_on_a_phone()
    {
        var issuer = await platform.IssuerAsync();
        var anne = await DemoTokens.MemberAsync(platform.Gateway);
        var (eventId, _) = await PlatformCalls.FullEventAsync(platform, anne);
        await using var door = await WebAppBrowser.OpenAsync(chromium, issuer, output, width: 390, height: 844);
        await door.SignInAsync("beheer@netwerk.example", "Netwerk-beheer-2026", $"/beheer/bijeenkomsten/{eventId}/aanwezigheid");
        Assert.Contains("0 van 1 aanwezig", await door.MainTextAsync());
        await door.CheckAsync("aanwezigheid");

        await door.Button("Aanwezig: Anne de Vries").ClickAsync();

        await door.ArriveAsync($"/beheer/bijeenkomsten/{eventId}/aanwezigheid");
        Assert.Contains("1 van 1 aanwezig", await door.MainTextAsync());
        Assert.Contains("aanwezig sinds", await door.Page.Locator(".netwerk-checkin__item").Filter(new LocatorFilterOptions { HasText = "Anne de Vries" }).InnerTextAsync());
        Assert.Equal(0, await door.Button("Aanwezig: Anne de Vries").CountAsync());
        // At phone width nothing sticks out sideways.
        Assert.True(await door.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await door.AssertNoTokenReachedTheBrowser();
    }

    [Fact]
    public async Task An_administrator_makes_a_member_moderator_and_the_member_then_plans_events()
    {
        var issuer = await platform.IssuerAsync();
        var (email, _) = await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.0.61"));
        await using var administrator = await WebAppBrowser.OpenAsync(chromium, issuer, output);
        await administrator.SignInAsync("beheer@netwerk.example", "Netwerk-beheer-2026", "/beheer/leden");
        await administrator.CheckAsync("beheer-leden");
        var row = await RowOfAsync(administrator, email);

        await row.GetByLabel("Moderator").CheckAsync();
        await row.GetByRole(AriaRole.Button).ClickAsync();

        await administrator.ArriveAsync("/beheer/leden");
        Assert.Contains("De rollen zijn opgeslagen.", await administrator.MainTextAsync());
        Assert.True(await (await RowOfAsync(administrator, email)).GetByLabel("Moderator").IsCheckedAsync());

        await using var member = await WebAppBrowser.OpenAsync(chromium, issuer, output);
        await member.GoAsync("/beheer/bijeenkomsten");
        await member.Page.GetByLabel("E-mailadres").FillAsync(email);
        await member.Page.GetByLabel("Wachtwoord").FillAsync(NewMembers.Password);
        await member.Button("Inloggen").ClickAsync();
        await member.ArriveAsync("/beheer/bijeenkomsten");
        Assert.Equal(1, await member.Link("Beheer").CountAsync());
        await member.CheckAsync("beheer-bijeenkomsten");
        // A moderator is no administrator.
        var registrations = await member.GoAsync("/beheer/aanmeldingen");
        Assert.Equal(403, registrations.Status);
        Assert.Contains("Geen toegang", await member.Page.Locator("h1").InnerTextAsync());
        await member.AssertNoTokenReachedTheBrowser();
    }

    /// <summary>The member's row, paging on through the list of active members (oldest first) until it shows.</summary>
    private static async Task<ILocator> RowOfAsync(WebAppBrowser administrator, string email)
    {
        for (var page = 0; page < 50; page++)
        {
            var row = administrator.Page.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = email });
            if (await row.CountAsync() == 1) return row;
            await administrator.Link("Meer leden").ClickAsync();
            await administrator.Page.WaitForLoadStateAsync();
        }
        throw new InvalidOperationException($"{email} is not in the list of active members.");
    }
}
