using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.LocalServers;
using Netwerk.Testing;

namespace Netwerk.EndToEnd.Tests;

/// <summary>The whole platform as the README's run command starts it, on free ports and a temporary state folder,
/// so it can run beside a developer's own instance.</summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private static readonly string[] Services = ["membership", "documents", "events", "notifications"];
    private DirectoryInfo _state = null!;

    public DistributedApplication App { get; private set; } = null!;
    public HttpClient Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _state = Directory.CreateTempSubdirectory("netwerk-e2e-");
        // PostgreSQL runs as its own account when we are root and must be able to reach its folder.
        if (!OperatingSystem.IsWindows())
        {
            _state.UnixFileMode |= UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        }

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Netwerk_AppHost>(
        [
            $"Netwerk:StateDirectory={_state.FullName}",
            $"Netwerk:Ports:Postgres={FreePort.Find()}",
            $"Netwerk:Ports:RabbitMq={FreePort.Find()}",
            $"Netwerk:Ports:RabbitMqDistribution={FreePort.Find()}",
            $"Netwerk:Ports:Redis={FreePort.Find()}",
            $"Netwerk:Ports:Smtp={FreePort.Find()}",
            $"Netwerk:Ports:MailUi={FreePort.Find()}",
            $"Netwerk:GatewayPort={FreePort.Find()}",
        ], (options, _) => options.DisableDashboard = true);

        App = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await App.StartAsync(startup.Token);
        foreach (var resource in Services.Append("gateway"))
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, startup.Token);
        }
        Gateway = App.CreateHttpClient("gateway");
    }

    public Task<string> ConnectionStringAsync(string name) =>
        App.GetConnectionStringAsync(name).AsTask().ContinueWith(t => t.Result ?? throw new InvalidOperationException(name));

    public async Task StopAsync(string resource) =>
        await App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, KnownResourceCommands.StopCommand);

    /// <summary>Starts a stopped service and returns at once, without waiting for it.</summary>
    public async Task StartAsync(string resource) =>
        await App.Services.GetRequiredService<ResourceCommandService>().ExecuteCommandAsync(resource, KnownResourceCommands.StartCommand);

    /// <summary>Starts a stopped service and returns once the gateway sends <paramref name="pathThroughGateway"/> to it
    /// again: the gateway's own health probe (every few seconds) must first see the service back, and tests that
    /// follow expect a platform as they found it.</summary>
    public async Task StartAgainAsync(string resource, string pathThroughGateway)
    {
        await StartAsync(resource);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        static bool NotRouted(HttpStatusCode status) =>
            status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
        var status = await Eventually.ReturnsAsync(async () =>
        {
            using var response = await Gateway.GetAsync(pathThroughGateway);
            return response.StatusCode;
        }, status => !NotRouted(status));
        if (NotRouted(status))
        {
            throw new InvalidOperationException($"The gateway still answers {pathThroughGateway} with {(int)status} after {resource} started again.");
        }
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        try { _state.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
