using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Netwerk.EndToEnd.Tests.Account;
using Netwerk.EndToEnd.Tests.Browser;
using Netwerk.Testing;
using Xunit.Abstractions;

namespace Netwerk.EndToEnd.Tests.Robustness;

/// <summary>Every form of the web app and of membership's account pages, through the gateway, as a browser posts it
/// and as a hostile visitor forges it (issue 26, 6): each field with each malformed value (long, NUL, control and
/// bidirectional characters, a lone surrogate, invalid UTF-8, markup, wrong enums), and each form without its
/// antiforgery token, for a form the page does not have, posted to another page and larger than a form may be. No
/// answer may be a 5xx, and none may be JSON or the framework's English: a browser always gets a page in Dutch. It
/// runs as a member of its own who is moderator and administrator, on an event of its own, so that nothing of the
/// demo network or of the other tests is touched.</summary>
[Collection(PlatformCollection.Name)]
public sealed partial class PageFormsRobustnessTests(PlatformFixture platform, ITestOutputHelper output)
{
    public static readonly string SummaryFile = Path.Combine(Path.GetTempPath(), "netwerk-page-robustness-summary.txt");

    /// <summary>Percent-encoded as they go on the wire, so that bytes no string can hold (a lone surrogate, invalid
    /// UTF-8) are sent too.</summary>
    private static readonly (string Name, string Encoded)[] Values =
    [
        ("empty", ""), ("space", "%20"), ("20,000 characters", new string('a', 20_000)), ("NUL", "%00"), ("NUL inside", "a%00b"),
        ("escape sequence", "%1B%5B31m"), ("right-to-left override", "%E2%80%AE"), ("lone surrogate", "%ED%A0%80"), ("invalid UTF-8", "%FF%FE"),
        ("markup", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"), ("header injection", "vo%0D%0ABcc%3A%20iedereen%40school.example"),
        ("wrong enum", "onbekend"), ("huge number", "99999999999999999999"), ("negative", "-1"), ("json", "%7B%7D"),
    ];

    /// <summary>Said by the framework, never by a page of ours.</summary>
    private static readonly string[] EnglishTells =
        ["antiforgery", "The POST request", "Bad Request", "Unhandled", "exception", "Payload Too Large", "Request Entity", "is required", "\"title\":"];

    [Fact]
    public async Task No_malformed_or_forged_form_gets_a_5xx_json_or_english()
    {
        var issuer = await platform.IssuerAsync();
        var (email, id) = await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.31.1"));
        var administrator = await DemoTokens.AdministratorAsync(platform.Gateway);
        await PlatformCalls.SendAsync(platform, HttpMethod.Put, $"/api/members/{id}/roles", administrator, new { roles = new[] { "member", "moderator", "admin" } });
        var (eventId, _) = await PlatformCalls.FullEventAsync(platform, await DemoTokens.MemberAsync(platform.Gateway));
        var groups = await PlatformCalls.SendAsync(platform, HttpMethod.Get, "/api/groups", administrator);
        var groupId = groups[0].GetProperty("id").GetGuid();
        var need = await PlatformCalls.SendAsync(platform, HttpMethod.Post, "/api/discussions", administrator,
            new { kind = "need", title = "Een gedeeld privacyreglement voor de regio", body = "Zodat niet elke school het zelf schrijft." });
        var needId = need.GetProperty("id").GetGuid();
        var conversation = await PlatformCalls.SendAsync(platform, HttpMethod.Post, "/api/conversations", await DemoTokens.MemberAsync(platform.Gateway),
            new { memberIds = new[] { id }, subject = "Jullie verwerkersovereenkomsten", body = "Mogen wij jullie model gebruiken?" });
        var conversationId = conversation.GetProperty("id").GetGuid();
        var colleagueId = conversation.GetProperty("participants").EnumerateArray()
            .Select(p => p.GetProperty("memberId").GetGuid()).First(memberId => memberId != id);

        var visitor = new WebAppVisitor(platform.Gateway.BaseAddress!, "127.0.31.2");
        var member = new WebAppVisitor(platform.Gateway.BaseAddress!, "127.0.31.3");
        var (signedIn, _) = await member.SignInAsync(email, NewMembers.Password);
        Assert.Equal(HttpStatusCode.OK, signedIn);

        var pages = new (WebAppVisitor Who, string Path)[]
        {
            (visitor, "/aanmelden"), (visitor, "/account/inloggen"), (visitor, "/account/wachtwoord-vergeten"),
            (member, "/profiel"), (member, "/meldingen"), (member, $"/werkgroepen/{groupId}"), (member, $"/bijeenkomsten/{eventId}"),
            (member, "/documenten/nieuw"), (member, "/beheer/bijeenkomsten"), (member, $"/beheer/bijeenkomsten/{eventId}"),
            (member, $"/beheer/bijeenkomsten/{eventId}/aanwezigheid"), (member, "/beheer/aanmeldingen"), (member, "/beheer/leden"),
            (member, "/vragen/nieuw"), (member, $"/vragen/{needId}"), (member, "/beheer/meldingen"),
            (member, $"/berichten/nieuw?aan={colleagueId}"), (member, $"/berichten/{conversationId}"),
            (member, "/account/wachtwoord-wijzigen"), (member, "/account/e-mailadres-wijzigen"), (member, "/profiel/opzeggen"),
            (member, "/beheer/logboek"), (member, "/beheer/berichten"),
        };

        var failures = new List<string>();
        var forms = 0;
        var requests = 0;
        foreach (var (who, path) in pages)
        {
            foreach (var form in await FormsOfAsync(who, path))
            {
                forms++;
                foreach (var (name, body, to) in Posts(form, path))
                {
                    requests++;
                    var problem = await PostAsync(who, to, body);
                    if (problem is not null) failures.Add($"{path} {form.Handler ?? form.Action} [{name}]: {problem}");
                }
            }
        }

        var summary = $"Page forms: {forms} forms on {pages.Length} pages of the web app and the account pages, {requests} malformed or forged posts " +
                      $"through the gateway, {failures.Count} answered 5xx, JSON or English.";
        output.WriteLine(summary);
        await File.WriteAllTextAsync(SummaryFile, string.Join(Environment.NewLine, [summary, .. failures.Take(50)]));
        Assert.True(forms >= 15, $"Only {forms} forms were found: {summary}");
        Assert.True(failures.Count == 0, summary + Environment.NewLine + string.Join(Environment.NewLine, failures.Take(40)));
    }

    /// <summary>What to send for one form: each value in every field it shows, then the forgeries.</summary>
    private static IEnumerable<(string Name, string Body, string To)> Posts(PageForm form, string page)
    {
        foreach (var (name, encoded) in Values) yield return (name, form.Body(encoded), form.Action);
        yield return ("without its token", form.Body("x", withToken: false), form.Action);
        yield return ("a form the page does not have", form.Body("x", handler: "bestaat-niet"), form.Action);
        yield return ("posted to another page", form.Body("x"), page.StartsWith("/account", StringComparison.Ordinal) ? "/leden" : "/organisaties");
        yield return ("more than a form may be", form.Body(new string('a', 1_100_000)), form.Action);
    }

    /// <summary>Null when the answer is a page a browser may show; else what is wrong with it.</summary>
    private static async Task<string?> PostAsync(WebAppVisitor who, string to, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, to) { Content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded") };
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        request.Headers.ExpectContinue = false;
        try
        {
            using var response = await who.Browser.Client.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status >= 500) return $"{status}";
            if (status is >= 300 and < 400) return null;
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            var text = await response.Content.ReadAsStringAsync();
            if (type != "text/html") return $"{status} as {(type.Length > 0 ? type : "no content type")}: {text[..Math.Min(text.Length, 120)]}";
            return EnglishTells.FirstOrDefault(tell => text.Contains(tell, StringComparison.Ordinal)) is { } english ? $"{status} says \"{english}\"" : null;
        }
        catch (HttpRequestException exception)
        {
            return $"no answer: {exception.Message}";
        }
    }

    private static async Task<IReadOnlyList<PageForm>> FormsOfAsync(WebAppVisitor who, string path)
    {
        var (page, html) = await who.Browser.PageAsync(path);
        // 380 posts from one address use up the gateway's burst: a good client waits as long as Retry-After says.
        for (var attempt = 0; page.StatusCode == HttpStatusCode.TooManyRequests && attempt < 3; attempt++)
        {
            await Task.Delay(page.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
            (page, html) = await who.Browser.PageAsync(path);
        }
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)page.StatusCode}");
        return [.. HtmlForm.AllIn(html).Select(f => PageForm.Of(f, path))
            // Signing out is a form on every page; its forged post has a test of its own (WebAppInBrowserTests).
            .Where(f => f.Action != "/uitloggen")
            // One of each kind: the roles page has a form per member, alike but for the member's id.
            .DistinctBy(f => IdPattern().Replace(f.Handler ?? f.Action, "{id}"))];
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex IdPattern();

    /// <summary>One form of a page: where it posts, its hidden fields (the token, the form's name), the names of the
    /// fields a person fills in.</summary>
    private sealed record PageForm(string Action, string? Handler, IReadOnlyList<KeyValuePair<string, string>> Hidden, IReadOnlyList<string> Fields)
    {
        private const string Token = "__RequestVerificationToken";

        public static PageForm Of(HtmlForm form, string page) =>
            new(form.Action is { Length: > 0 } action ? action : page, form.Hidden.FirstOrDefault(h => h.Key == "_handler").Value, form.Hidden, form.Fields);

        /// <summary>The form's body with <paramref name="encoded"/> in every field a person fills in; a form with no
        /// such field (a button) is only ever forged, never posted as it is (that would do what it does).</summary>
        public string Body(string encoded, bool withToken = true, string? handler = null)
        {
            var pairs = Hidden
                .Where(h => withToken || h.Key != Token)
                .Select(h => (Name: h.Key, Value: h.Key == "_handler" && handler is not null ? Uri.EscapeDataString(handler) : Uri.EscapeDataString(h.Value)))
                .Concat(Fields.Select(f => (Name: f, Value: encoded)));
            if (Fields.Count == 0 && withToken && handler is null) pairs = pairs.Where(p => p.Name != Token);
            return string.Join('&', pairs.Select(p => $"{Uri.EscapeDataString(p.Name)}={p.Value}"));
        }
    }
}
