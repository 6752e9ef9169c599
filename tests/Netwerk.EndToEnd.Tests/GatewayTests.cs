using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class GatewayTests(PlatformFixture platform)
{
    [Fact]
    public async Task The_platform_is_ready_when_every_service_is()
    {
        var response = await platform.Gateway.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        foreach (var service in new[] { "membership", "documents", "events", "discussions", "notifications", "web" })
        {
            Assert.Equal("Healthy", report.GetProperty("checks").GetProperty(service).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Every_answer_through_the_gateway_carries_the_security_headers_and_the_reference_its_own_policy()
    {
        using var api = await platform.Gateway.GetAsync("/api/events");
        using var unknown = await platform.Gateway.GetAsync("/nergens");
        using var docs = await platform.Gateway.GetAsync("/docs");

        foreach (var response in new[] { api, unknown, docs })
        {
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        }
        Assert.StartsWith("default-src 'none'", api.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("script-src 'self'", docs.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_at_the_gateway_not_a_502()
    {
        // 3 MB of JSON for a registration, sent as a browser sends a form: with its length and without Expect: 100-continue.
        var body = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"{{\"displayName\": \"{new string('x', 3 * 1024 * 1024)}\"}}"));
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/members/registrations") { Content = body };
        request.Headers.ExpectContinue = false;

        using var response = await platform.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_member_s_own_data_is_not_stored_by_caches()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/members/me");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await DemoTokens.MemberAsync(platform.Gateway));

        using var response = await platform.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_client_past_its_generous_limit_gets_429_with_retry_after_and_others_go_on()
    {
        var partner = await DemoTokens.PartnerAsync(platform.Gateway);
        var answers = await Task.WhenAll(Enumerable.Range(0, 400).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/webhooks/event-types");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", partner);
            using var response = await platform.Gateway.SendAsync(request);
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter?.Delta, response.Content.Headers.ContentType?.MediaType);
        }));

        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(refused, a => Assert.True(a.RetryAfter >= TimeSpan.FromSeconds(1)));
        Assert.All(refused, a => Assert.Equal("application/problem+json", a.MediaType));
        // Another client (here: anonymous, by address) has a bucket of its own.
        using var other = await platform.Gateway.GetAsync("/api/webhooks/event-types");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_registration_through_the_gateway_reaches_the_administrators_inbox()
    {
        var email = $"{Guid.NewGuid():N}@school.example";
        var response = await platform.Gateway.PostAsJsonAsync("/api/members/registrations", new
        {
            email,
            password = "Veilig-wachtwoord-42",
            displayName = "Els Visser",
            organisation = new { name = "Openbare Basisschool De Regenboog", brin = "56EF" },
            jobTitle = "ICT-coördinator",
            sector = "po",
            consents = new { directory = true, partners = false },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(response.Headers.Contains("X-Correlation-Id"));

        // The administrator signs in at the gateway and reads the inbox there: a token from membership, checked by
        // notifications itself with keys it fetched from membership.
        var token = await platform.Gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "netwerk-web",
            ["username"] = "beheer@netwerk.example",
            ["password"] = "Netwerk-beheer-2026",
            ["scope"] = "openid offline_access api",
        }));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();

        var bodies = await Eventually.ReturnsAsync(async () =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications?unread=true");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
            using var inbox = await platform.Gateway.SendAsync(request);
            if (!inbox.IsSuccessStatusCode) return [];
            return (await inbox.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray()
                .Select(n => n.GetProperty("body").GetString()!).ToList();
        }, found => found.Any(b => b.StartsWith("Els Visser ")));

        Assert.Contains(bodies, b => b.StartsWith("Els Visser van Openbare Basisschool De Regenboog (56EF)"));
    }

    [Fact]
    public async Task A_made_up_token_is_refused_at_the_gateway()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.e30.");

        using var response = await platform.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_problem_with_a_correlation_id()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/nothing-here");
        request.Headers.Add("X-Correlation-Id", "support-ticket-4711");

        var response = await platform.Gateway.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("support-ticket-4711", response.Headers.GetValues("X-Correlation-Id").Single());
    }

    [Fact]
    public async Task A_stopped_service_is_a_problem_answer_and_makes_the_platform_not_ready()
    {
        await platform.StopAsync("events");
        try
        {
            // Readiness notices at once; the proxy stops sending to the service after two failed liveness probes.
            var readiness = await Eventually.ReturnsAsync(() => StatusOfAsync("/health/ready"), status => status == 503);
            Assert.Equal(503, readiness);

            var answer = await Eventually.ReturnsAsync(() => StatusOfAsync("/api/events"), status => status is 502 or 503);
            Assert.Contains(answer, new[] { 502, 503 });
            var response = await platform.Gateway.GetAsync("/api/events");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            await platform.StartAgainAsync("events", "/api/events");
        }
    }

    [Fact]
    public async Task Ready_after_a_restart_means_that_requests_are_routed_to_the_service_again()
    {
        await platform.StopAsync("events");
        try
        {
            await Eventually.ReturnsAsync(() => StatusOfAsync("/api/events"), status => status is 502 or 503);
            await platform.StartAsync("events");

            var ready = await Eventually.ReturnsAsync(() => StatusOfAsync("/health/ready"), status => status == 200, TimeSpan.FromMinutes(2));
            Assert.Equal(200, ready);
            Assert.Equal(200, await StatusOfAsync("/api/events"));
        }
        finally
        {
            await platform.StartAgainAsync("events", "/api/events");
        }
    }

    private Task<int> StatusOfAsync(string path) => platform.StatusOfAsync(path);
}
