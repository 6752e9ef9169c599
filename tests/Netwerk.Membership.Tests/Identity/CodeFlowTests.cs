using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Membership.Tests.Account;
using Netwerk.Testing;
using static Netwerk.Membership.Tests.Account.AccountSteps;

namespace Netwerk.Membership.Tests.Identity;

/// <summary>The authorization code flow with PKCE, through the sign-in page, as the web app and partners use it.</summary>
public sealed class CodeFlowTests(MembershipFixture fixture) : IClassFixture<MembershipFixture>
{
    private const string WebApp = "netwerk-web-app";
    private readonly AccountSteps _steps = new(fixture);

    [Fact]
    public async Task The_discovery_document_names_every_endpoint_and_only_S256()
    {
        var discovery = await fixture.Service.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        foreach (var (name, path) in new[]
                 {
                     ("authorization_endpoint", "/connect/authorize"), ("token_endpoint", "/connect/token"), ("userinfo_endpoint", "/connect/userinfo"),
                     ("end_session_endpoint", "/connect/endsession"), ("revocation_endpoint", "/connect/revoke"),
                     ("introspection_endpoint", "/connect/introspect"),
                 })
        {
            Assert.EndsWith(path, discovery.GetProperty(name).GetString());
        }
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("authorization_code", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task A_member_signs_in_through_the_page_and_the_code_gives_tokens_once_and_only_with_its_verifier()
    {
        var email = await _steps.ApprovedMemberAsync();
        var browser = fixture.NewBrowser();

        // A wrong verifier spends the code without tokens.
        var wrong = Pkce.New();
        var first = CodeOf(await _steps.SignInThroughPagesAsync(browser, AuthorizeAddress(WebApp, MembershipFixture.WebAppRedirectUri, wrong),
            email, Password, MembershipFixture.WebAppRedirectUri), MembershipFixture.WebAppRedirectUri);
        var refused = await _steps.RedeemCodeAsync(first, Pkce.New(), MembershipFixture.WebAppRedirectUri);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("invalid_grant", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());

        // Signed in now: the next authorization goes straight back with a code, no page in between.
        var pkce = Pkce.New();
        var code = CodeOf(await browser.Client.GetAsync(AuthorizeAddress(WebApp, MembershipFixture.WebAppRedirectUri, pkce)), MembershipFixture.WebAppRedirectUri);
        var tokens = await JsonAsync(await _steps.RedeemCodeAsync(code, pkce, MembershipFixture.WebAppRedirectUri));
        var access = new JwtSecurityTokenHandler().ReadJwtToken(tokens.GetProperty("access_token").GetString());
        Assert.Equal("at+jwt", access.Header.Typ);
        Assert.Contains(access.Claims, c => c.Type == "role" && c.Value == "member");
        Assert.Equal(email, new JwtSecurityTokenHandler().ReadJwtToken(tokens.GetProperty("id_token").GetString()).Claims.Single(c => c.Type == "email").Value);

        var userinfo = await JsonAsync(await _steps.WithToken(tokens.GetProperty("access_token").GetString()!).GetAsync("/connect/userinfo"));
        Assert.Equal(access.Subject, userinfo.GetProperty("sub").GetString());
        Assert.Equal("Sanne Mulder", userinfo.GetProperty("name").GetString());
        Assert.Equal(email, userinfo.GetProperty("email").GetString());
        Assert.False(userinfo.GetProperty("email_verified").GetBoolean());
        Assert.Equal(["member"], userinfo.GetProperty("role").EnumerateArray().Select(r => r.GetString()));

        var refreshed = await JsonAsync(await _steps.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!));
        Assert.NotEqual(tokens.GetProperty("access_token").GetString(), refreshed.GetProperty("access_token").GetString());

        // A code used twice was stolen or replayed: refused, and what the first use gave stops working (RFC 6749 4.1.2).
        var again = await _steps.RedeemCodeAsync(code, pkce, MembershipFixture.WebAppRedirectUri);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _steps.RefreshAsync(refreshed.GetProperty("refresh_token").GetString()!)).StatusCode);
    }

    [Fact]
    public async Task A_redirect_uri_that_is_not_registered_exactly_is_refused_without_going_there()
    {
        foreach (var redirectUri in new[] { "https://evil.test/callback", MembershipFixture.WebAppRedirectUri + "/extra", MembershipFixture.WebAppRedirectUri.ToUpperInvariant() })
        {
            var response = await fixture.NewBrowser().Client.GetAsync(AuthorizeAddress(WebApp, redirectUri, Pkce.New()));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Null(response.Headers.Location);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("invalid_request", problem.GetProperty("error").GetString());
            Assert.Contains("redirect_uri", problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task A_request_without_PKCE_or_with_a_plain_challenge_is_refused()
    {
        var pkce = Pkce.New();
        var withoutPkce = AuthorizeAddress(WebApp, MembershipFixture.WebAppRedirectUri, pkce).Replace($"&code_challenge={pkce.Challenge}&code_challenge_method=S256", "");
        var plain = AuthorizeAddress(WebApp, MembershipFixture.WebAppRedirectUri, pkce).Replace("code_challenge_method=S256", "code_challenge_method=plain");

        foreach (var address in new[] { withoutPkce, plain })
        {
            var response = await fixture.NewBrowser().Client.GetAsync(address);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Null(response.Headers.Location);
        }
    }

    [Fact]
    public async Task A_pending_member_is_refused_at_the_sign_in_page_and_gets_no_session()
    {
        var email = await _steps.RegisterAsync();
        var browser = fixture.NewBrowser();
        var authorize = AuthorizeAddress(WebApp, MembershipFixture.WebAppRedirectUri, Pkce.New());
        var toSignIn = await browser.Client.GetAsync(authorize);

        var refused = await browser.SubmitAsync(toSignIn.Headers.Location!.ToString(), new Dictionary<string, string> { ["email"] = email, ["password"] = Password });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("wacht nog op goedkeuring", await refused.Content.ReadAsStringAsync());
        var stillOut = await browser.Client.GetAsync(authorize);
        Assert.StartsWith("/account/inloggen", stillOut.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_answer()
    {
        var email = await _steps.ApprovedMemberAsync();
        var answers = new List<string>();
        foreach (var (address, password) in new[] { (email, "niet-het-wachtwoord"), ($"onbekend-{Guid.NewGuid():N}@school.example", Password) })
        {
            var response = await fixture.NewBrowser().SubmitAsync("/account/inloggen", new Dictionary<string, string> { ["email"] = address, ["password"] = password });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            answers.Add(html[html.IndexOf("utrecht-alert", StringComparison.Ordinal)..html.IndexOf("</div>", html.IndexOf("utrecht-alert", StringComparison.Ordinal), StringComparison.Ordinal)]);
        }
        Assert.Equal(answers[0], answers[1]);
    }

    [Fact]
    public async Task A_third_party_client_asks_consent_once_and_a_refusal_reaches_it_as_access_denied()
    {
        var email = await _steps.ApprovedMemberAsync();
        var browser = fixture.NewBrowser();
        const string scope = "openid profile email";

        // Declined first: the portal hears access_denied and nothing is remembered.
        var toConsent = await _steps.SignInThroughPagesAsync(browser,
            AuthorizeAddress(MembershipFixture.PortalClientId, MembershipFixture.PortalRedirectUri, Pkce.New(), scope), email, Password, MembershipFixture.PortalRedirectUri);
        Assert.Equal(HttpStatusCode.OK, toConsent.StatusCode);
        var consentPage = await toConsent.Content.ReadAsStringAsync();
        Assert.Contains("Schoolportaal De Regenboog", consentPage);
        Assert.Contains("je e-mailadres", consentPage);
        var declined = await browser.FollowAsync(
            await browser.SubmitFormAsync(toConsent.RequestMessage!.RequestUri!, consentPage, new Dictionary<string, string>(), "weigeren"),
            MembershipFixture.PortalRedirectUri);
        Assert.Contains("error=access_denied", declined.Headers.Location!.Query);

        // Allowed: a code; the next sign-in of the portal asks nothing.
        var pkce = Pkce.New();
        var consentAgain = await browser.FollowAsync(await browser.Client.GetAsync(
            AuthorizeAddress(MembershipFixture.PortalClientId, MembershipFixture.PortalRedirectUri, pkce, scope)), MembershipFixture.PortalRedirectUri);
        var allowed = await browser.FollowAsync(await browser.SubmitFormAsync(consentAgain.RequestMessage!.RequestUri!,
            await consentAgain.Content.ReadAsStringAsync(), new Dictionary<string, string>(), "toestaan"), MembershipFixture.PortalRedirectUri);
        var code = CodeOf(allowed, MembershipFixture.PortalRedirectUri);
        await JsonAsync(await _steps.RedeemCodeAsync(code, pkce, MembershipFixture.PortalRedirectUri, MembershipFixture.PortalClientId, MembershipFixture.PortalSecret));

        var withoutConsent = await browser.Client.GetAsync(AuthorizeAddress(MembershipFixture.PortalClientId, MembershipFixture.PortalRedirectUri, Pkce.New(), scope));
        CodeOf(withoutConsent, MembershipFixture.PortalRedirectUri);
    }

    [Fact]
    public async Task Ending_the_session_signs_the_member_out_and_the_refresh_token_stops_working()
    {
        var (browser, authorize, tokens) = await SignedInToTheWebAppAsync();

        var ended = await browser.Client.GetAsync("/connect/endsession?" + await new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id_token_hint"] = tokens.GetProperty("id_token").GetString()!,
            ["post_logout_redirect_uri"] = MembershipFixture.WebAppPostLogoutUri,
            ["state"] = "bye",
        }).ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith(MembershipFixture.WebAppPostLogoutUri + "?state=bye", ended.Headers.Location!.ToString());
        var refresh = await _steps.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _steps.WithToken(tokens.GetProperty("access_token").GetString()!).GetAsync("/api/members/me")).StatusCode);
        Assert.StartsWith("/account/inloggen", (await browser.Client.GetAsync(authorize)).Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task An_id_token_hint_from_a_browser_without_the_members_session_signs_nobody_out()
    {
        var (browser, authorize, tokens) = await SignedInToTheWebAppAsync();
        var endSession = "/connect/endsession?" + await new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id_token_hint"] = tokens.GetProperty("id_token").GetString()!,
            ["post_logout_redirect_uri"] = MembershipFixture.WebAppPostLogoutUri,
        }).ReadAsStringAsync();

        // Someone who saw the address of a sign-out opens it: no cookie of the member's.
        var stranger = fixture.NewBrowser();
        var ended = await stranger.Client.GetAsync(endSession);
        // Another member's browser opens it: asked first, nothing ended.
        var otherMember = fixture.NewBrowser();
        CodeOf(await _steps.SignInThroughPagesAsync(otherMember, AuthorizeAddress(WebApp, MembershipFixture.WebAppRedirectUri, Pkce.New()),
            await _steps.ApprovedMemberAsync(), Password, MembershipFixture.WebAppRedirectUri), MembershipFixture.WebAppRedirectUri);
        var asked = await otherMember.Client.GetAsync(endSession);

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/account/uitloggen", asked.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await _steps.WithToken(tokens.GetProperty("access_token").GetString()!).GetAsync("/api/members/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _steps.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!)).StatusCode);
        CodeOf(await browser.Client.GetAsync(authorize), MembershipFixture.WebAppRedirectUri);
        CodeOf(await otherMember.Client.GetAsync(authorize), MembershipFixture.WebAppRedirectUri);
    }

    [Fact]
    public async Task Without_an_id_token_hint_the_sign_out_page_asks_first_and_its_button_signs_out()
    {
        var email = await _steps.ApprovedMemberAsync();
        var browser = fixture.NewBrowser();
        var authorize = AuthorizeAddress(WebApp, MembershipFixture.WebAppRedirectUri, Pkce.New());
        CodeOf(await _steps.SignInThroughPagesAsync(browser, authorize, email, Password, MembershipFixture.WebAppRedirectUri), MembershipFixture.WebAppRedirectUri);

        var asked = await browser.Client.GetAsync("/connect/endsession");
        Assert.Equal("/account/uitloggen", asked.Headers.Location!.OriginalString);
        // A forged post without the page's antiforgery token only leads to the question again.
        var forged = await browser.Client.PostAsync("/connect/endsession", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.StartsWith("/account/uitloggen", forged.Headers.Location!.OriginalString);
        CodeOf(await browser.Client.GetAsync(authorize), MembershipFixture.WebAppRedirectUri);

        var signedOut = await browser.FollowAsync(await browser.SubmitAsync("/account/uitloggen", new Dictionary<string, string>()), "none:");
        Assert.Contains("Je bent uitgelogd", await signedOut.Content.ReadAsStringAsync());
        Assert.StartsWith("/account/inloggen", (await browser.Client.GetAsync(authorize)).Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_confidential_client_introspects_and_revokes_its_refresh_token()
    {
        var (_, _, tokens) = await SignedInToTheWebAppAsync();
        var client = fixture.Service.CreateClient();
        FormUrlEncodedContent Form(string token) => new(new Dictionary<string, string>
        {
            ["token"] = token,
            ["client_id"] = WebApp,
            ["client_secret"] = MembershipFixture.WebAppSecret,
        });

        var introspected = await JsonAsync(await client.PostAsync("/connect/introspect", Form(tokens.GetProperty("access_token").GetString()!)));
        Assert.True(introspected.GetProperty("active").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/connect/revoke", Form(tokens.GetProperty("refresh_token").GetString()!))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _steps.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!)).StatusCode);
    }

    /// <summary>A new member's browser signed in through the web app's code flow: the browser, the authorize address
    /// (which now answers at once with a code) and the tokens the code gave.</summary>
    private async Task<(AccountBrowser Browser, string Authorize, JsonElement Tokens)> SignedInToTheWebAppAsync()
    {
        var email = await _steps.ApprovedMemberAsync();
        var browser = fixture.NewBrowser();
        var pkce = Pkce.New();
        var authorize = AuthorizeAddress(WebApp, MembershipFixture.WebAppRedirectUri, pkce);
        var code = CodeOf(await _steps.SignInThroughPagesAsync(browser, authorize, email, Password, MembershipFixture.WebAppRedirectUri), MembershipFixture.WebAppRedirectUri);
        return (browser, authorize, await JsonAsync(await _steps.RedeemCodeAsync(code, pkce, MembershipFixture.WebAppRedirectUri)));
    }
}
