using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Membership.Tests.Identity;
using Netwerk.Testing;
using static Netwerk.Membership.Tests.Account.AccountSteps;

namespace Netwerk.Membership.Tests.Account;

/// <summary>Forgot password → a link by mail (single use, an hour, stored as a hash) → a new password, after which
/// every session of the member has ended.</summary>
public sealed class PasswordResetTests(MembershipFixture fixture) : IClassFixture<MembershipFixture>
{
    private const string NewPassword = "Een-heel-nieuw-wachtwoord-7";
    private readonly AccountSteps _steps = new(fixture);

    [Fact]
    public async Task The_answer_is_the_same_for_a_known_and_an_unknown_address_and_only_the_known_one_gets_mail()
    {
        var known = await _steps.ApprovedMemberAsync();
        var unknown = $"onbekend-{Guid.NewGuid():N}@school.example";

        var pages = new List<string>();
        foreach (var address in new[] { known, unknown })
        {
            var response = await fixture.NewBrowser().SubmitAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["email"] = address });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages.Add(StripTokens(await response.Content.ReadAsStringAsync()));
        }

        Assert.Equal(pages[0], pages[1]);
        Assert.Contains("Als dit e-mailadres bij ons bekend is", pages[0]);
        await _steps.LinkMailedToAsync(known, "Nieuw wachtwoord");
        Assert.Empty(fixture.Mail.To(unknown));
    }

    [Fact]
    public async Task A_reset_ends_every_session_and_the_link_works_once()
    {
        var email = await _steps.ApprovedMemberAsync();
        // Signed in twice before: a script with the password grant, and a browser with the sign-in cookie.
        var script = await TokenClient.TokensAsync(fixture.Service.CreateClient(), email, Password);
        var browser = fixture.NewBrowser();
        var authorize = AuthorizeAddress("netwerk-web-app", MembershipFixture.WebAppRedirectUri, Pkce.New());
        CodeOf(await _steps.SignInThroughPagesAsync(browser, authorize, email, Password, MembershipFixture.WebAppRedirectUri), MembershipFixture.WebAppRedirectUri);

        await fixture.NewBrowser().SubmitAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["email"] = email });
        var link = Relative(await _steps.LinkMailedToAsync(email, "Nieuw wachtwoord"));
        var reset = await fixture.NewBrowser().SubmitAsync(link, new Dictionary<string, string> { ["password"] = NewPassword, ["repeat"] = NewPassword });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("Je wachtwoord is gewijzigd", await reset.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, (await _steps.RefreshAsync(script.GetProperty("refresh_token").GetString()!, "netwerk-web", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _steps.WithToken(script.GetProperty("access_token").GetString()!).GetAsync("/api/members/me")).StatusCode);
        Assert.StartsWith("/account/inloggen", (await browser.Client.GetAsync(authorize)).Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, (await TokenClient.PasswordGrantAsync(fixture.Service.CreateClient(), email, Password)).StatusCode);
        var fresh = await TokenClient.SignedInAsync(fixture.Service.CreateClient, email, NewPassword);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/members/me")).StatusCode);
        Assert.Contains("zojuist gewijzigd", await _steps.MailedToAsync(email, "Je wachtwoord voor Netwerk is gewijzigd"));

        // The page of a used link says so, and posting it again changes nothing.
        var (opened, html) = await fixture.NewBrowser().PageAsync(link);
        Assert.Equal(HttpStatusCode.Gone, opened.StatusCode);
        Assert.Contains("Deze link werkt niet meer", html);
        var replayer = fixture.NewBrowser();
        var replay = await replayer.Client.PostAsync(link, await FormOfAsync(replayer, "/account/wachtwoord-vergeten",
            new Dictionary<string, string> { ["code"] = SecretOf("http://x" + link), ["password"] = "Nog-een-ander-wachtwoord", ["repeat"] = "Nog-een-ander-wachtwoord" }));
        Assert.Equal(HttpStatusCode.Gone, replay.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenClient.PasswordGrantAsync(fixture.Service.CreateClient(), email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task A_password_easy_to_guess_is_refused_and_the_link_stays_usable()
    {
        var email = await _steps.ApprovedMemberAsync();
        await fixture.NewBrowser().SubmitAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["email"] = email });
        var link = Relative(await _steps.LinkMailedToAsync(email, "Nieuw wachtwoord"));

        var weak = email + "1";
        var refused = await fixture.NewBrowser().SubmitAsync(link, new Dictionary<string, string> { ["password"] = weak, ["repeat"] = weak });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("te makkelijk te raden", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await TokenClient.PasswordGrantAsync(fixture.Service.CreateClient(), email, weak)).StatusCode);

        var reset = await fixture.NewBrowser().SubmitAsync(link, new Dictionary<string, string> { ["password"] = NewPassword, ["repeat"] = NewPassword });
        Assert.Contains("Je wachtwoord is gewijzigd", await reset.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Two_uses_of_one_link_at_the_same_moment_set_one_password()
    {
        var email = await _steps.ApprovedMemberAsync();
        await fixture.NewBrowser().SubmitAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["email"] = email });
        var link = Relative(await _steps.LinkMailedToAsync(email, "Nieuw wachtwoord"));
        var passwords = Enumerable.Range(1, 4).Select(i => $"Gelijktijdig-wachtwoord-{i}").ToList();

        // Every browser has the form open before any sends it: otherwise a late one finds the link already used (410)
        // when it opens the page, not when it posts.
        var browsers = passwords.Select(_ => fixture.NewBrowser()).ToList();
        var forms = await Task.WhenAll(browsers.Select(browser => browser.PageAsync(link)));
        Assert.All(forms, form => Assert.Equal(HttpStatusCode.OK, form.Response.StatusCode));
        var answers = await Task.WhenAll(passwords.Select((password, i) => browsers[i].SubmitFormAsync(forms[i].Response.RequestMessage!.RequestUri!,
            forms[i].Html, new Dictionary<string, string> { ["password"] = password, ["repeat"] = password })));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.Gone, a.StatusCode));
        var working = 0;
        foreach (var password in passwords)
        {
            if ((await TokenClient.PasswordGrantAsync(fixture.Service.CreateClient(), email, password)).IsSuccessStatusCode) working++;
        }
        Assert.Equal(1, working);
    }

    [Fact]
    public async Task An_expired_link_is_refused()
    {
        var email = await _steps.ApprovedMemberAsync();
        await fixture.NewBrowser().SubmitAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["email"] = email });
        var link = Relative(await _steps.LinkMailedToAsync(email, "Nieuw wachtwoord"));
        var browser = fixture.NewBrowser();
        var (page, html) = await browser.PageAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        // An hour and a second later, as far as the link knows.
        await PostgresInstance.ExecuteAsync(fixture.DatabaseConnectionString,
            $"UPDATE account_links SET expires_at = now() - interval '1 second' WHERE member_id = (SELECT id FROM members WHERE email = '{email}')");
        var late = await browser.SubmitFormAsync(page.RequestMessage!.RequestUri!, html, new Dictionary<string, string> { ["password"] = NewPassword, ["repeat"] = NewPassword });

        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TokenClient.PasswordGrantAsync(fixture.Service.CreateClient(), email, Password)).StatusCode);
    }

    [Fact]
    public async Task The_link_is_stored_only_as_a_hash_and_expires_after_an_hour()
    {
        var email = await _steps.ApprovedMemberAsync();
        await fixture.NewBrowser().SubmitAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["email"] = email });
        var secret = SecretOf(await _steps.LinkMailedToAsync(email, "Nieuw wachtwoord"));

        var stored = await PostgresInstance.QueryScalarAsync<string>(fixture.DatabaseConnectionString,
            $"SELECT encode(secret_hash, 'hex') || ' ' || extract(epoch FROM expires_at - created_at) FROM account_links WHERE purpose = 'ResetPassword' AND member_id = (SELECT id FROM members WHERE email = '{email}')");
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(secret)));
        Assert.Equal($"{expected} 3600.000000", stored);
        var dump = await PostgresInstance.QueryScalarAsync<string>(fixture.DatabaseConnectionString, "SELECT string_agg(account_links::text, ' ') FROM account_links");
        Assert.DoesNotContain(secret, dump);
    }

    [Fact]
    public async Task A_new_password_that_is_too_short_or_not_repeated_gets_a_Dutch_message_at_its_field()
    {
        var email = await _steps.ApprovedMemberAsync();
        await fixture.NewBrowser().SubmitAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["email"] = email });
        var link = Relative(await _steps.LinkMailedToAsync(email, "Nieuw wachtwoord"));

        var tooShort = await fixture.NewBrowser().SubmitAsync(link, new Dictionary<string, string> { ["password"] = "kort", ["repeat"] = "kort" });
        var html = await tooShort.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        Assert.Contains("id=\"password-fout\"", html);
        Assert.Contains("aria-describedby=\"password-uitleg password-fout\"", html);
        Assert.Contains("Kies een wachtwoord van 10 tot 128 tekens.", html);

        var different = await fixture.NewBrowser().SubmitAsync(link, new Dictionary<string, string> { ["password"] = NewPassword, ["repeat"] = NewPassword + "x" });
        Assert.Contains("De twee wachtwoorden zijn niet gelijk.", await different.Content.ReadAsStringAsync());
        // Neither used the link.
        Assert.Equal(HttpStatusCode.OK, (await fixture.NewBrowser().PageAsync(link)).Response.StatusCode);
    }

    private static string StripTokens(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"", "");

    /// <summary>A form body with a fresh antiforgery token (from any account page) and the given fields.</summary>
    private static async Task<FormUrlEncodedContent> FormOfAsync(AccountBrowser browser, string page, Dictionary<string, string> fields)
    {
        var (_, html) = await browser.PageAsync(page);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]*)\"").Groups[1].Value;
        fields["__RequestVerificationToken"] = token;
        return new FormUrlEncodedContent(fields);
    }
}
