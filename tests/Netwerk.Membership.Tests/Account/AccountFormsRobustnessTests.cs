using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using Netwerk.Testing;
using static Netwerk.Membership.Tests.Account.AccountSteps;

namespace Netwerk.Membership.Tests.Account;

/// <summary>Whatever a visitor types into, or forges for, an account form or the authorization endpoint: a 4xx or
/// a page, never a 5xx, and nothing changes.</summary>
public sealed class AccountFormsRobustnessTests(MembershipFixture fixture) : IClassFixture<MembershipFixture>
{
    private static readonly string[] Values =
    [
        "", " ", new string('a', 20_000), "\0", "a\u0000b", "\uD800", "<script>alert(1)</script>", "'; DROP TABLE members; --",
        "../../etc/passwd", "naam@school.nl\r\nBcc: iedereen@school.nl", "😀@😀.nl", "%00", "null", "[]", "{}",
    ];

    private static readonly (string Page, string[] Fields)[] Forms =
    [
        ("/account/inloggen", ["email", "password", "terug"]),
        ("/account/wachtwoord-vergeten", ["email"]),
        ("/account/wachtwoord-herstellen?code=onbekend", ["code", "password", "repeat"]),
        ("/account/e-mailadres-bevestigen?code=onbekend", ["code"]),
        ("/account/e-mailadres-wijzigen/bevestigen?code=onbekend", ["code"]),
    ];

    [Fact]
    public async Task Malformed_form_posts_get_an_answer_below_500()
    {
        var answers = new List<string>();
        foreach (var (page, fields) in Forms)
        {
            foreach (var value in Values)
            {
                var browser = fixture.NewBrowser();
                var (opened, html) = await browser.PageAsync(page);
                Assert.True((int)opened.StatusCode < 500, $"GET {page}: {(int)opened.StatusCode}");
                var form = fields.ToDictionary(f => f, _ => value);
                var formHtml = html.Contains("<form") ? html : FallbackForm((await browser.PageAsync("/account/inloggen")).Html);
                var response = await browser.SubmitFormAsync(opened.RequestMessage!.RequestUri!, formHtml, form);
                answers.Add($"{page} {(int)response.StatusCode}");
                Assert.True((int)response.StatusCode < 500, $"POST {page} with {Printable(value)}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        // The sign-in page never let anyone in with these, and the links' pages got past antiforgery to say "gone".
        Assert.DoesNotContain(answers, a => a.StartsWith("/account/inloggen 302"));
        Assert.Contains("/account/wachtwoord-herstellen?code=onbekend 410", answers);
        Assert.Contains("/account/e-mailadres-bevestigen?code=onbekend 410", answers);
    }

    [Fact]
    public async Task Malformed_authorization_requests_get_an_answer_below_500()
    {
        var pkce = Pkce.New();
        var valid = new Dictionary<string, string?>
        {
            ["client_id"] = "netwerk-web-app",
            ["redirect_uri"] = MembershipFixture.WebAppRedirectUri,
            ["response_type"] = "code",
            ["scope"] = "openid api",
            ["code_challenge"] = pkce.Challenge,
            ["code_challenge_method"] = "S256",
        };
        foreach (var name in valid.Keys.Append("prompt").Append("max_age").Append("request").Append("netwerk_consent"))
        {
            foreach (var value in Values)
            {
                var parameters = new Dictionary<string, string?>(valid) { [name] = value };
                foreach (var path in new[] { "/connect/authorize", "/account/toestemming", "/connect/endsession" })
                {
                    var response = await fixture.NewBrowser().Client.GetAsync(QueryHelpers.AddQueryString(path, parameters));
                    Assert.True((int)response.StatusCode < 500, $"{path} with {name}={Printable(value)}: {(int)response.StatusCode}");
                }
            }
        }
    }

    /// <summary>A page that shows no form (a link that does not work) is posted to as if it had one, with a valid
    /// antiforgery token of the same browser (from the sign-in page), so the post reaches the page's own checks.</summary>
    private static string FallbackForm(string html) =>
        "<form method=\"post\">" + System.Text.RegularExpressions.Regex.Match(html, "<input[^>]*__RequestVerificationToken[^>]*>").Value + "</form>";

    private static string Printable(string value) => value.Length > 40 ? $"{value.Length} characters" : string.Concat(value.Select(c => c < ' ' ? $"\\u{(int)c:x4}" : c.ToString()));
}
