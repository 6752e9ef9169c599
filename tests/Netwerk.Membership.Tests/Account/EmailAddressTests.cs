using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Membership.Tests.Identity;
using Netwerk.Testing;
using static Netwerk.Membership.Tests.Account.AccountSteps;

namespace Netwerk.Membership.Tests.Account;

/// <summary>Whose address is it: confirmed with the link sent at registration, and changed only once the new
/// address confirms it.</summary>
public sealed class EmailAddressTests(MembershipFixture fixture) : IClassFixture<MembershipFixture>
{
    private readonly AccountSteps _steps = new(fixture);

    [Fact]
    public async Task Registering_mails_a_link_and_the_pending_list_shows_whether_it_was_used()
    {
        var email = await _steps.RegisterAsync();
        var admin = await TokenClient.SignedInAsync(fixture.Service.CreateClient, TokenClient.AdminEmail, TokenClient.AdminPassword);
        Assert.False((await PendingAsync(admin, email)).GetProperty("emailConfirmed").GetBoolean());

        var link = Relative(await _steps.LinkMailedToAsync(email, "Bevestig je e-mailadres"));
        var (opened, _) = await fixture.NewBrowser().PageAsync(link);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.False((await PendingAsync(admin, email)).GetProperty("emailConfirmed").GetBoolean());

        var confirmed = await fixture.NewBrowser().SubmitAsync(link, new Dictionary<string, string>());
        Assert.Contains("je e-mailadres is bevestigd", await confirmed.Content.ReadAsStringAsync());
        Assert.True((await PendingAsync(admin, email)).GetProperty("emailConfirmed").GetBoolean());
        Assert.Equal(HttpStatusCode.Gone, (await fixture.NewBrowser().PageAsync(link)).Response.StatusCode);
    }

    [Fact]
    public async Task A_new_address_takes_effect_only_when_confirmed_there_and_the_old_address_is_told()
    {
        var email = await _steps.ApprovedMemberAsync();
        var newEmail = $"nieuw-{Guid.NewGuid():N}@school.example";
        var browser = fixture.NewBrowser();
        await _steps.SignInThroughPagesAsync(browser, AuthorizeAddress("netwerk-web-app", MembershipFixture.WebAppRedirectUri, Pkce.New()),
            email, Password, MembershipFixture.WebAppRedirectUri);

        var asked = await browser.SubmitAsync("/account/e-mailadres-wijzigen", new Dictionary<string, string> { ["email"] = newEmail, ["password"] = Password });
        Assert.Contains($"We hebben een link gestuurd naar {newEmail}", await asked.Content.ReadAsStringAsync());
        var link = Relative(await _steps.LinkMailedToAsync(newEmail, "Bevestig je nieuwe e-mailadres"));
        // Until then the old address is the one to sign in with.
        Assert.Equal(HttpStatusCode.OK, (await TokenClient.PasswordGrantAsync(fixture.Service.CreateClient(), email, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await TokenClient.PasswordGrantAsync(fixture.Service.CreateClient(), newEmail, Password)).StatusCode);

        // Opened on another device, without a session.
        var confirmed = await fixture.NewBrowser().SubmitAsync(link, new Dictionary<string, string>());
        Assert.Contains($"Je e-mailadres is gewijzigd in {newEmail}", await confirmed.Content.ReadAsStringAsync());

        Assert.Contains(newEmail, await _steps.MailedToAsync(email, "Je e-mailadres bij Netwerk is gewijzigd"));
        Assert.Equal(HttpStatusCode.BadRequest, (await TokenClient.PasswordGrantAsync(fixture.Service.CreateClient(), email, Password)).StatusCode);
        var member = await TokenClient.SignedInAsync(fixture.Service.CreateClient, newEmail, Password);
        var profile = await member.GetFromJsonAsync<JsonElement>("/api/members/me");
        Assert.Equal(newEmail, profile.GetProperty("email").GetString());
        var announced = await PostgresInstance.QueryScalarAsync<long>(fixture.DatabaseConnectionString,
            $"SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%MemberEmailChanged%' AND payload->>'email' = '{newEmail}'");
        Assert.Equal(1, announced);
    }

    [Fact]
    public async Task An_address_in_use_gets_the_same_answer_and_no_mail()
    {
        var email = await _steps.ApprovedMemberAsync();
        var other = await _steps.ApprovedMemberAsync();
        var browser = fixture.NewBrowser();
        await _steps.SignInThroughPagesAsync(browser, AuthorizeAddress("netwerk-web-app", MembershipFixture.WebAppRedirectUri, Pkce.New()),
            email, Password, MembershipFixture.WebAppRedirectUri);

        var asked = await browser.SubmitAsync("/account/e-mailadres-wijzigen", new Dictionary<string, string> { ["email"] = other, ["password"] = Password });

        Assert.Contains($"We hebben een link gestuurd naar {other}", await asked.Content.ReadAsStringAsync());
        await Task.Delay(500);
        Assert.DoesNotContain(fixture.Mail.To(other), m => m.Subject?.Contains("nieuwe e-mailadres") == true);
    }

    [Fact]
    public async Task The_account_pages_ask_for_a_session_and_refuse_a_post_without_its_antiforgery_token()
    {
        var browser = fixture.NewBrowser();
        var page = await browser.Client.GetAsync("/account/wachtwoord-wijzigen");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/inloggen?terug=", page.Headers.Location!.PathAndQuery);

        var forged = await browser.Client.PostAsync("/account/wachtwoord-vergeten",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = TokenClient.AdminEmail }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    private static async Task<JsonElement> PendingAsync(HttpClient admin, string email)
    {
        var pending = await admin.GetFromJsonAsync<JsonElement>("/api/members/registrations?status=pending&limit=100");
        return pending.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("email").GetString() == email);
    }
}
