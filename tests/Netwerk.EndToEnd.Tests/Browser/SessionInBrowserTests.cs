using Netwerk.EndToEnd.Tests.Account;
using Xunit.Abstractions;

namespace Netwerk.EndToEnd.Tests.Browser;

/// <summary>A web session once the member's tokens are revoked (issue 26, 4): the browser that changed the password
/// goes on signed in; every other browser is asked to sign in again, back to the page it asked for, instead of
/// showing the member's name above parts that each say "(fout 401)".</summary>
[Collection(PlatformCollection.Name)]
public sealed class SessionInBrowserTests(PlatformFixture platform, BrowserFixture chromium, ITestOutputHelper output)
{
    private const string NewPassword = "Zonnebloem-tafel-8142";

    [Fact]
    public async Task After_a_password_change_this_browser_stays_signed_in_and_another_signs_in_again()
    {
        var issuer = await platform.IssuerAsync();
        var (email, _) = await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.30.1"));
        await using var laptop = await WebAppBrowser.OpenAsync(chromium, issuer, output);
        await using var phone = await WebAppBrowser.OpenAsync(chromium, issuer, output);
        await laptop.SignInAsync(email, NewMembers.Password, "/profiel");
        await phone.SignInAsync(email, NewMembers.Password, "/profiel");

        // On the laptop, from the profile page to membership's page and back.
        await laptop.Link("Wachtwoord wijzigen").ClickAsync();
        await laptop.Page.GetByLabel("Huidig wachtwoord").FillAsync(NewMembers.Password);
        await laptop.Page.GetByLabel("Nieuw wachtwoord").FillAsync(NewPassword);
        await laptop.Page.GetByLabel("Herhaal het nieuwe wachtwoord").FillAsync(NewPassword);
        await laptop.Button("Wachtwoord wijzigen").ClickAsync();
        await laptop.Page.WaitForSelectorAsync("text=Op je andere apparaten ben je uitgelogd");

        await laptop.GoAsync("/profiel");
        await laptop.ArriveAsync("/profiel");
        Assert.Equal("Femke Bakker", await laptop.Page.GetByLabel("Naam", new() { Exact = true }).InputValueAsync());
        Assert.DoesNotContain("fout 401", await laptop.MainTextAsync());
        Assert.True(await laptop.Button("Uitloggen").IsVisibleAsync());

        // The phone's session is over: membership's sign-in page, then back to the profile with the new password.
        await phone.GoAsync("/profiel");
        await phone.Page.WaitForURLAsync(url => url.StartsWith(issuer + "account/inloggen", StringComparison.Ordinal));
        await phone.Page.GetByLabel("E-mailadres").FillAsync(email);
        await phone.Page.GetByLabel("Wachtwoord").FillAsync(NewPassword);
        await phone.Button("Inloggen").ClickAsync();
        await phone.ArriveAsync("/profiel");
        Assert.Equal("Femke Bakker", await phone.Page.GetByLabel("Naam", new() { Exact = true }).InputValueAsync());
        Assert.DoesNotContain("fout 401", await phone.MainTextAsync());
    }
}
