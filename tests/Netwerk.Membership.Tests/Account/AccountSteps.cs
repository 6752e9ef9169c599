using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Netwerk.Membership.Tests.Identity;
using Netwerk.Testing;

namespace Netwerk.Membership.Tests.Account;

/// <summary>What the account tests do over and over: a new member (approved or not), a code flow through the pages,
/// the link in the last mail to an address.</summary>
internal sealed partial class AccountSteps(MembershipFixture fixture)
{
    public const string Password = "Veilig-wachtwoord-42";

    public async Task<string> RegisterAsync()
    {
        var email = $"lid-{Guid.NewGuid():N}@school.example";
        var response = await fixture.Service.CreateClient().PostAsJsonAsync("/api/members/registrations", new
        {
            email,
            password = Password,
            displayName = "Sanne Mulder",
            organisation = new { name = "Stichting Primair Onderwijs Noord", brin = "78GH" },
            jobTitle = "Informatiemanager",
            sector = "po",
            consents = new { directory = true, partners = false },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return email;
    }

    public async Task<string> ApprovedMemberAsync()
    {
        var email = await RegisterAsync();
        var admin = await TokenClient.SignedInAsync(fixture.Service.CreateClient, TokenClient.AdminEmail, TokenClient.AdminPassword);
        var id = await PostgresInstance.QueryScalarAsync<Guid>(fixture.DatabaseConnectionString, $"SELECT id FROM members WHERE email = '{email}'");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/members/{id}/approve", null)).StatusCode);
        return email;
    }

    public static string AuthorizeAddress(string clientId, string redirectUri, Pkce pkce, string scope = "openid offline_access api", string state = "s1") =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri,
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = state,
            ["code_challenge"] = pkce.Challenge,
            ["code_challenge_method"] = "S256",
        });

    /// <summary>Authorize, be sent to the sign-in page, sign in, come back: the redirect to the client.</summary>
    public async Task<HttpResponseMessage> SignInThroughPagesAsync(AccountBrowser browser, string authorize, string email, string password, string redirectUri)
    {
        var toSignIn = await browser.Client.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, toSignIn.StatusCode);
        Assert.StartsWith("/account/inloggen", toSignIn.Headers.Location!.PathAndQuery);
        var signedIn = await browser.SubmitAsync(toSignIn.Headers.Location.ToString(), new Dictionary<string, string> { ["email"] = email, ["password"] = password });
        return await browser.FollowAsync(signedIn, redirectUri);
    }

    /// <summary>The code in a redirect to the client, after checking the state came back.</summary>
    public static string CodeOf(HttpResponseMessage redirect, string redirectUri, string state = "s1")
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var location = redirect.Headers.Location!;
        Assert.StartsWith(redirectUri + "?", location.ToString());
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(state, query["state"].ToString());
        return query["code"].ToString();
    }

    public Task<HttpResponseMessage> RedeemCodeAsync(string code, Pkce pkce, string redirectUri,
        string clientId = "netwerk-web-app", string secret = MembershipFixture.WebAppSecret) =>
        fixture.Service.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["code_verifier"] = pkce.Verifier,
            ["redirect_uri"] = redirectUri,
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        }));

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken, string clientId = "netwerk-web-app", string? secret = MembershipFixture.WebAppSecret)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken, ["client_id"] = clientId };
        if (secret is not null) form["client_secret"] = secret;
        return fixture.Service.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    public HttpClient WithToken(string accessToken)
    {
        var client = fixture.Service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>The text of the newest mail to the address whose subject has the words, waiting for it to arrive.</summary>
    public async Task<string> MailedToAsync(string address, string subjectPart, int count = 1)
    {
        var mails = await Eventually.ReturnsAsync(() => Task.FromResult(fixture.Mail.To(address).Where(m => m.Subject?.Contains(subjectPart) == true).ToList()),
            found => found.Count >= count);
        Assert.True(mails.Count >= count, $"no mail \"{subjectPart}\" to {address}");
        return mails.Last().TextBody ?? "";
    }

    /// <summary>The account link in the newest such mail.</summary>
    public async Task<string> LinkMailedToAsync(string address, string subjectPart, int count = 1)
    {
        var text = await MailedToAsync(address, subjectPart, count);
        var link = LinkPattern().Match(text);
        Assert.True(link.Success, text);
        return link.Value;
    }

    /// <summary>The page address and secret of a link, relative to the service under test.</summary>
    public static string Relative(string link) => new Uri(link).PathAndQuery;

    public static string SecretOf(string link) => QueryHelpers.ParseQuery(new Uri(link).Query)["code"].ToString();

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    [GeneratedRegex(@"https?://\S+/account/\S+\?code=[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();
}
