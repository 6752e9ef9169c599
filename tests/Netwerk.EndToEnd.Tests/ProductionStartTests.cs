using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Netwerk.AppHost;
using Netwerk.LocalServers;
using Netwerk.Testing;

namespace Netwerk.EndToEnd.Tests;

/// <summary>The platform as an operator starts it outside Development: its secrets are required up front, each
/// service's migrations run as a step of their own before the service, and no demo data is seeded. In the platform
/// collection, so that it starts while the other platform is idle rather than beside the browser tests.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ProductionStartTests
{
    private static readonly string[] Services = ["documents", "events", "discussions", "notifications", "membership"];

    [Fact]
    public async Task Without_its_secrets_the_platform_refuses_to_start_and_names_what_is_missing()
    {
        var state = PlatformFixture.NewStateDirectory();
        var exception = await Assert.ThrowsAnyAsync<Exception>(() => DistributedApplicationTestingBuilder.CreateAsync<Projects.Netwerk_AppHost>(
            [.. PlatformFixture.IsolatedArguments(state, FreePort.Find()), "Parameters:admin-email=ict@obs-delinde.example"],
            (_, settings) => settings.EnvironmentName = "Production"));

        var missing = FindMissing(exception);
        Assert.Equal(["admin-password", "partner-demo-secret", "web-app-secret", "web-app-gateway-key", "identity-signing-certificate",
            "identity-encryption-certificate", "email-unsubscribe-key"], missing.Missing);
        Assert.Contains("Parameters__admin-password=", missing.Message);
        Assert.DoesNotContain("admin-email,", missing.Message);
        Assert.Empty(state.EnumerateFileSystemInfos()); // refused before any server was started
    }

    [Fact]
    public async Task In_Production_migrations_run_first_as_steps_of_their_own_and_no_demo_data_is_seeded()
    {
        var state = PlatformFixture.NewStateDirectory();
        string[] secrets =
        [
            "Parameters:admin-email=ict@obs-delinde.example",
            "Parameters:admin-password=Productie-beheer-2026!",
            "Parameters:partner-demo-secret=" + Secret(),
            "Parameters:web-app-secret=" + Secret(),
            "Parameters:web-app-gateway-key=" + Secret(),
            "Parameters:identity-signing-certificate=" + Certificate("Netwerk signing"),
            "Parameters:identity-encryption-certificate=" + Certificate("Netwerk encryption"),
            "Parameters:email-unsubscribe-key=" + Secret(),
        ];
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Netwerk_AppHost>(
            [.. PlatformFixture.IsolatedArguments(state, FreePort.Find()), .. secrets],
            (options, settings) =>
            {
                options.DisableDashboard = true;
                settings.EnvironmentName = "Production";
            });
        await using var app = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await app.StartAsync(startup.Token);

        foreach (var service in Services)
        {
            var migrated = await app.ResourceNotifications.WaitForResourceAsync($"{service}-migrations",
                e => e.Snapshot.State?.Text == KnownResourceStates.Finished, startup.Token);
            var healthy = await app.ResourceNotifications.WaitForResourceHealthyAsync(service, startup.Token);
            Assert.Equal(0, migrated.Snapshot.ExitCode);
            Assert.True(healthy.Snapshot.StartTimeStamp >= migrated.Snapshot.StopTimeStamp,
                $"{service} started at {healthy.Snapshot.StartTimeStamp:O}, before its migrations ended at {migrated.Snapshot.StopTimeStamp:O}");
        }
        await app.ResourceNotifications.WaitForResourceHealthyAsync("gateway", startup.Token);
        using var gateway = app.CreateHttpClient("gateway");
        // Ready once the gateway's own probes have seen every service (a few seconds after they are healthy).
        Assert.Equal(HttpStatusCode.OK, await Eventually.ReturnsAsync(async () => (await gateway.GetAsync("/health/ready")).StatusCode,
            status => status == HttpStatusCode.OK, TimeSpan.FromMinutes(1)));

        // The administrator from the parameters signs in; the demo network does not exist.
        Assert.Equal(HttpStatusCode.OK, (await TokenAsync(gateway, "ict@obs-delinde.example", "Productie-beheer-2026!")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await TokenAsync(gateway, "anne.devries@demo.netwerk.example", "Netwerk-demo-2026")).StatusCode);
        Assert.Empty((await gateway.GetFromJsonAsync<JsonElement>("/api/events")).GetProperty("items").EnumerateArray());
        Assert.Empty((await gateway.GetFromJsonAsync<JsonElement>("/api/documents")).GetProperty("items").EnumerateArray());
        // The services run as Production, not as their launch profiles' Development: they ask browsers for HTTPS only.
        using var page = await gateway.GetAsync("/account/inloggen");
        Assert.True(page.Headers.Contains("Strict-Transport-Security"), string.Join(", ", page.Headers.Select(h => h.Key)));

        await app.StopAsync();
        try { state.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static MissingPlatformParametersException FindMissing(Exception exception) => exception switch
    {
        MissingPlatformParametersException missing => missing,
        { InnerException: { } inner } => FindMissing(inner),
        AggregateException aggregate => FindMissing(aggregate.InnerExceptions[0]),
        _ => throw new Xunit.Sdk.XunitException($"Not refused for missing secrets: {exception}"),
    };

    private static Task<HttpResponseMessage> TokenAsync(HttpClient gateway, string email, string password) =>
        gateway.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "netwerk-web", ["username"] = email, ["password"] = password, ["scope"] = "api",
        }));

    private static string Secret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>A self-signed certificate with its key, as PKCS #12 in base64: what an operator makes once and keeps.</summary>
    private static string Certificate(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddYears(2));
        return Convert.ToBase64String(certificate.Export(X509ContentType.Pfx));
    }
}
