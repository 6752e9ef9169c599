using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.EndToEnd.Tests.Crowd;

/// <summary>The network using the web app at once, each person from an address of their own (127.0.25–28.x, which no
/// other test uses): the web app passes each visitor on as themself, so the per-address limits are each visitor's,
/// not one budget for everybody; a client that names its own address in `X-Forwarded-For` gains nothing.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CrowdThroughGatewayTests(PlatformFixture platform)
{
    private const string Password = "Veilig-wachtwoord-42";

    [Fact]
    public async Task Sixty_members_sign_in_through_the_web_app_at_once_and_all_are_signed_in()
    {
        var members = await Task.WhenAll(Enumerable.Range(1, 60).Select(i => ActiveMemberAsync($"127.0.25.{i}", $"Lid {i}")));

        var homes = await Task.WhenAll(members.Select((member, i) => new WebAppVisitor(platform.Gateway.BaseAddress!, $"127.0.25.{i + 1}").SignInAsync(member.Email, Password)));

        for (var i = 0; i < homes.Length; i++)
        {
            Assert.True(homes[i].Status == HttpStatusCode.OK && homes[i].Html.Contains($"Welkom, {members[i].Name}"),
                $"{members[i].Email}: {(int)homes[i].Status} {Excerpt(homes[i].Html)}");
        }
    }

    [Fact]
    public async Task Twelve_sign_ups_from_twelve_addresses_are_all_accepted_and_more_from_one_address_meet_the_Dutch_429_page()
    {
        var fromTwelve = await Task.WhenAll(Enumerable.Range(1, 12)
            .Select(i => new WebAppVisitor(platform.Gateway.BaseAddress!, $"127.0.26.{i}").SignUpAsync($"aanmelding-{Guid.NewGuid():N}@school.example")));
        Assert.All(fromTwelve, page => Assert.Contains("Je aanmelding wacht op goedkeuring", page.Html));

        // Registration allows 5 per 10 minutes per address: eleven in a row meet it even if a window turns over between them.
        var one = new WebAppVisitor(platform.Gateway.BaseAddress!, "127.0.26.100");
        var fromOne = new List<(HttpStatusCode Status, string Html, HttpResponseMessage Response)>();
        for (var i = 0; i < 11; i++) fromOne.Add(await one.SignUpAsync($"aanmelding-{Guid.NewGuid():N}@school.example"));

        var refused = fromOne.Where(page => page.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.InRange(refused.Count, 1, 6);
        Assert.Equal(11 - refused.Count, fromOne.Count(page => page.Html.Contains("Je aanmelding wacht op goedkeuring")));
        Assert.All(refused, page =>
        {
            Assert.Contains("Even rustig aan", page.Html);
            Assert.Contains("Probeer het over", page.Html);
            Assert.True(int.Parse(page.Response.Headers.GetValues("Retry-After").Single()) > 0);
        });
    }

    [Fact]
    public async Task Visitors_from_forty_addresses_at_full_speed_see_no_page_with_a_missing_part()
    {
        var until = DateTimeOffset.UtcNow.AddSeconds(5);
        var pages = await Task.WhenAll(Enumerable.Range(1, 40).Select(async i =>
        {
            using var visitor = platform.ClientFrom($"127.0.27.{i}");
            var seen = new List<(HttpStatusCode, string)>();
            while (DateTimeOffset.UtcNow < until)
            {
                using var response = await visitor.GetAsync(i % 2 == 0 ? "/" : "/bijeenkomsten");
                seen.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
            }
            return seen;
        }));

        var all = pages.SelectMany(seen => seen).ToList();
        Assert.True(all.Count >= 80, $"only {all.Count} pages in 5 seconds");
        Assert.All(all, page =>
        {
            Assert.Equal(HttpStatusCode.OK, page.Item1);
            Assert.DoesNotContain("netwerk-unavailable", page.Item2);
        });
    }

    [Fact]
    public async Task A_client_naming_its_own_address_in_X_Forwarded_For_is_limited_by_its_real_address_at_the_token_endpoint()
    {
        using var client = platform.ClientFrom("127.0.28.1");
        // Passwords from one address: 20 a minute. Forty-one attempts meet that even if a window turns over between them.
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 41 && !statuses.Contains(HttpStatusCode.TooManyRequests); attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "password",
                    ["client_id"] = "netwerk-web",
                    ["username"] = $"gok-{attempt}@school.example",
                    ["password"] = "Geraden-wachtwoord-1",
                    ["scope"] = "api",
                }),
            };
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{attempt + 1}");
            // A key the gateway does not know changes nothing either.
            if (attempt % 2 == 1) request.Headers.Add("X-Netwerk-Front-End-Key", "geraden-sleutel");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.All(statuses.Where(s => s != HttpStatusCode.TooManyRequests), status => Assert.Equal(HttpStatusCode.BadRequest, status));
    }

    [Fact]
    public async Task A_client_naming_its_own_address_in_X_Forwarded_For_is_limited_by_its_real_address_at_sign_up()
    {
        using var client = platform.ClientFrom("127.0.28.2");
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 11 && !statuses.Contains(HttpStatusCode.TooManyRequests); attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/members/registrations")
            {
                Content = JsonContent.Create(Registration($"eigen-adres-{Guid.NewGuid():N}@school.example", "Joost Kramer")),
            };
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{attempt + 1}");
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.Created), 5, 10);
    }

    [Fact]
    public async Task A_51_MB_upload_without_Expect_is_a_413_through_the_API_and_at_the_web_form_s_file_field()
    {
        var member = await ActiveMemberAsync("127.0.28.3", "Ruben de Groot");
        var file = new byte[51 * 1024 * 1024];

        using var api = platform.ClientFrom("127.0.28.3");
        var content = new MultipartFormDataContent
        {
            { new StringContent("Te groot"), "title" },
            { new StringContent("members"), "visibility" },
            { new ByteArrayContent(file), "file", "groot.pdf" },
        };
        using var upload = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = content };
        upload.Headers.ExpectContinue = false;
        upload.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(member.Email));
        using var refused = await api.SendAsync(upload);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        var visitor = new WebAppVisitor(platform.Gateway.BaseAddress!, "127.0.28.3");
        var (status, _) = await visitor.SignInAsync(member.Email, Password);
        Assert.Equal(HttpStatusCode.OK, status);
        using var page = await visitor.Browser.UploadAsync("/documenten/nieuw", "document-delen",
            new Dictionary<string, string> { ["Input.Title"] = "Jaarplanning", ["Input.Visibility"] = "members" }, "file", "jaarplanning.pdf", file);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.StatusCode);
        Assert.Contains("Dit bestand is groter dan 50 MB.", html);
        // The form is shown again with what was typed.
        Assert.Contains("value=\"Jaarplanning\"", html);
    }

    /// <summary>Registers from <paramref name="address"/> (sign-up is limited per address) and is approved.</summary>
    private async Task<(string Email, string Name)> ActiveMemberAsync(string address, string name)
    {
        // Right after the platform starts, the gateway's health checks may not have seen membership yet.
        await platform.IssuerAsync();
        var email = $"druk-{Guid.NewGuid():N}@school.example";
        using var client = platform.ClientFrom(address);
        using var registered = await client.PostAsJsonAsync("/api/members/registrations", Registration(email, name));
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var approve = new HttpRequestMessage(HttpMethod.Post, $"/api/members/{id}/approve");
        approve.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await Administrator.Value);
        using var approved = await platform.Gateway.SendAsync(approve);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        return (email, name);
    }

    private Lazy<Task<string>> Administrator => _administrator ??= new(() => DemoTokens.AdministratorAsync(platform.Gateway));
    private Lazy<Task<string>>? _administrator;

    private async Task<string> TokenAsync(string email)
    {
        using var response = await platform.ClientFrom("127.0.28.4").PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "netwerk-web", ["username"] = email, ["password"] = Password, ["scope"] = "api",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
    }

    private static object Registration(string email, string name) => new
    {
        email,
        password = Password,
        displayName = name,
        organisation = new { name = "SG Het Baken" },
        jobTitle = "ICT-coördinator",
        sector = "vo",
        consents = new { directory = false, partners = false },
    };

    private static string Excerpt(string html)
    {
        var main = html.IndexOf("<main", StringComparison.Ordinal);
        return html.Substring(Math.Max(0, main), Math.Min(600, html.Length - Math.Max(0, main)));
    }
}
