using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Netwerk.Testing;

namespace Netwerk.EndToEnd.Tests.Account;

/// <summary>Signing in and resetting a password through the gateway, as the README's example does it with curl: the
/// gateway's public issuer in every address, the mail read from the Development mail sink.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AccountThroughGatewayTests(PlatformFixture platform)
{
    private const string WebAppSecret = "netwerk-web-app-geheim-2026";

    [Fact]
    public async Task A_demo_member_signs_in_with_the_code_flow_from_a_script_and_calls_the_API()
    {
        var issuer = await platform.IssuerAsync();
        var redirectUri = issuer + "signin-oidc";
        var pkce = Pkce.New();
        var browser = new AccountBrowser(platform.ClientFrom("127.0.0.81", asBrowser: true));

        var toSignIn = await browser.Client.GetAsync(Authorize(redirectUri, pkce));
        Assert.StartsWith(issuer + "account/inloggen", new Uri(new Uri(issuer), toSignIn.Headers.Location!).ToString());
        var back = await browser.FollowAsync(await browser.SubmitAsync(toSignIn.Headers.Location!.ToString(), new Dictionary<string, string>
        {
            ["email"] = "anne.devries@demo.netwerk.example",
            ["password"] = "Netwerk-demo-2026",
        }), redirectUri);
        Assert.StartsWith(redirectUri + "?", back.Headers.Location!.ToString());
        var code = QueryHelpers.ParseQuery(back.Headers.Location.Query)["code"].ToString();

        using var tokens = await platform.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["code_verifier"] = pkce.Verifier,
            ["redirect_uri"] = redirectUri,
            ["client_id"] = "netwerk-web-app",
            ["client_secret"] = WebAppSecret,
        }));
        Assert.Equal(HttpStatusCode.OK, tokens.StatusCode);
        var access = (await tokens.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        using var me = new HttpRequestMessage(HttpMethod.Get, "/api/events?limit=1");
        me.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access);
        Assert.Equal(HttpStatusCode.OK, (await platform.Gateway.SendAsync(me)).StatusCode);
        using var userinfo = new HttpRequestMessage(HttpMethod.Get, "/connect/userinfo");
        userinfo.Headers.Authorization = new AuthenticationHeaderValue("Bearer", access);
        var who = await (await platform.Gateway.SendAsync(userinfo)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("anne.devries@demo.netwerk.example", who.GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_password_reset_from_the_mail_sinks_link_works_and_no_webhook_carries_a_link()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var subscribe = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/subscriptions")
        {
            Content = JsonContent.Create(new
            {
                url = receiver.Url("/alles"),
                eventTypes = new[]
                {
                    "member.approved", "member.left", "document.published", "document.updated", "document.deleted", "event.scheduled",
                    "event.updated", "event.cancelled", "event.registrations.changed",
                },
            }),
        };
        subscribe.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await DemoTokens.PartnerAsync(platform.Gateway));
        Assert.Equal(HttpStatusCode.Created, (await platform.Gateway.SendAsync(subscribe)).StatusCode);

        // Consenting to partners: the approval webhook then carries the member's name and address, and still no link.
        var (email, id) = await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.0.82"), consentPartners: true);
        var confirmLink = await platform.Mail.LinkToAsync(email, "Bevestig je e-mailadres");
        var browser = new AccountBrowser(platform.ClientFrom("127.0.0.82", asBrowser: true));
        await browser.SubmitAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["email"] = email });
        var resetLink = await platform.Mail.LinkToAsync(email, "Nieuw wachtwoord");
        var issuer = await platform.IssuerAsync();
        Assert.StartsWith(issuer + "account/wachtwoord-herstellen?code=", resetLink);

        var reset = await browser.SubmitAsync(new Uri(resetLink).PathAndQuery, new Dictionary<string, string>
        {
            ["password"] = "Een-nieuw-wachtwoord-9",
            ["repeat"] = "Een-nieuw-wachtwoord-9",
        });
        Assert.Contains("Je wachtwoord is gewijzigd", await reset.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Gone, (await browser.PageAsync(new Uri(resetLink).PathAndQuery)).Response.StatusCode);
        using var signIn = await platform.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "netwerk-web",
            ["username"] = email,
            ["password"] = "Een-nieuw-wachtwoord-9",
            ["scope"] = "openid api",
        }));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        var approvedHook = await Eventually.ReturnsAsync(() => Task.FromResult(receiver.At("/alles").Where(w => w.Body.Contains(id.ToString())).ToList()),
            found => found.Count > 0, TimeSpan.FromSeconds(60));
        Assert.Contains(approvedHook, w => w.Body.Contains(email));
        foreach (var secret in new[] { Secret(confirmLink), Secret(resetLink) })
        {
            Assert.DoesNotContain(receiver.Received, w => w.Body.Contains(secret) || w.Headers.Any(h => h.Value.ToString().Contains(secret)));
        }
        Assert.DoesNotContain(receiver.Received, w => w.Body.Contains("/account/"));
    }

    [Fact]
    public async Task The_READMEs_example_script_signs_a_demo_member_in_through_the_consent_page()
    {
        var issuer = await platform.IssuerAsync();
        var script = Path.Combine(RepositoryRoot(), "docs", "examples", "sign-in-with-code.sh");
        var start = new ProcessStartInfo("bash", [script, "dirk.smit@demo.netwerk.example", "Netwerk-demo-2026"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["NETWERK"] = issuer.TrimEnd('/') },
        };
        using var run = Process.Start(start)!;
        var output = await run.StandardOutput.ReadToEndAsync();
        var errors = await run.StandardError.ReadToEndAsync();
        await run.WaitForExitAsync();

        Assert.True(run.ExitCode == 0, output + errors);
        Assert.Contains("2. Consent asked at:", output);
        Assert.Contains("\"email\":\"dirk.smit@demo.netwerk.example\"", output);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "Netwerk.sln"))) folder = folder.Parent!;
        return folder.FullName;
    }

    private static string Authorize(string redirectUri, Pkce pkce) => QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
    {
        ["client_id"] = "netwerk-web-app",
        ["redirect_uri"] = redirectUri,
        ["response_type"] = "code",
        ["scope"] = "openid offline_access api",
        ["state"] = "readme",
        ["code_challenge"] = pkce.Challenge,
        ["code_challenge_method"] = "S256",
    });

    private static string Secret(string link) => QueryHelpers.ParseQuery(new Uri(link).Query)["code"].ToString();
}
