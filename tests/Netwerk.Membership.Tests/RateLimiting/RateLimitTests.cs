using System.Net;
using System.Net.Http.Json;
using Netwerk.Membership.Data;
using Netwerk.Testing;

namespace Netwerk.Membership.Tests.RateLimiting;

public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly List<ServiceFactory<MembershipDbContext>> _replicas = [];

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:membershipdb"] = servers.Postgres.NewDatabase("membership_limits"),
            ["ConnectionStrings:messaging"] = await servers.Broker.NewVirtualHostAsync(),
            // A Redis database of its own: the counters of a client (partner-demo) are not shared with other tests.
            ["ConnectionStrings:redis"] = servers.RedisConnectionString + ",defaultDatabase=5",
            ["RateLimits:registration:PermitLimit"] = "3",
            ["RateLimits:registration:Window"] = "01:00:00",
            ["RateLimits:login:PermitLimit"] = "3",
            ["RateLimits:login:Window"] = "01:00:00",
            ["RateLimits:tokens:PermitLimit"] = "2",
            ["RateLimits:tokens:Window"] = "01:00:00",
        };
        // Two replicas of the service on one database and one Redis.
        _replicas.Add(new ServiceFactory<MembershipDbContext>(settings));
        _replicas[0].CreateClient().Dispose();
        _replicas.Add(new ServiceFactory<MembershipDbContext>(settings));
    }

    public async Task DisposeAsync()
    {
        foreach (var replica in _replicas) await replica.DisposeAsync();
    }

    [Fact]
    public async Task Registrations_from_one_address_are_limited_across_replicas_with_Retry_After()
    {
        var address = $"198.51.100.{Random.Shared.Next(1, 250)}";
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var client = _replicas[attempt % 2].CreateClient();
            client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
            last = await client.PostAsJsonAsync("/api/members/registrations", new
            {
                email = $"{Guid.NewGuid():N}@school.example",
                password = "Veilig-wachtwoord-42",
                displayName = "Koen Dekker",
                organisation = new { name = "OBS De Linde" },
                jobTitle = "ICT-coördinator",
                sector = "po",
            });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last.Headers.GetValues("Retry-After").Single()) is > 0 and <= 3600);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Another_address_has_its_own_allowance()
    {
        var client = _replicas[1].CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{Random.Shared.Next(1, 250)}");

        var response = await client.PostAsJsonAsync("/api/members/registrations", new
        {
            email = $"{Guid.NewGuid():N}@school.example",
            password = "Veilig-wachtwoord-42",
            displayName = "Lotte Vos",
            organisation = new { name = "OBS De Linde" },
            jobTitle = "ICT-coördinator",
            sector = "po",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_counts_posts_like_the_token_endpoint_and_answers_429_in_Dutch()
    {
        var client = _replicas[1].CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Forwarded-For", $"192.0.2.{Random.Shared.Next(1, 250)}");
        var browser = new AccountBrowser(client);
        var form = new Dictionary<string, string> { ["email"] = "niemand@school.example", ["password"] = "niet-het-wachtwoord" };

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            last = await browser.SubmitAsync("/account/inloggen", form);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Contains("Te veel pogingen achter elkaar. Probeer het over", await last.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Client_credentials_are_limited_per_client_not_per_address()
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var client = _replicas[attempt % 2].CreateClient();
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.19.{attempt}.{Random.Shared.Next(1, 250)}");
            using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = "partner-demo",
                ["client_secret"] = "partner-demo-geheim-2026",
                ["scope"] = "webhooks",
            }));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
