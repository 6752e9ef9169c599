using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
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
    private static readonly string[] Services = ["membership", "documents", "events", "discussions", "notifications", "web"];
    private DirectoryInfo _state = null!;

    public DistributedApplication App { get; private set; } = null!;
    public HttpClient Gateway { get; private set; } = null!;
    /// <summary>The mail sink's web API: every mail the platform sent.</summary>
    public MailSinkClient Mail { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _state = NewStateDirectory();

        var mailUi = FreePort.Find();
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Netwerk_AppHost>(
            IsolatedArguments(_state, mailUi), (options, _) => options.DisableDashboard = true);

        App = await builder.BuildAsync();
        using var startup = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await App.StartAsync(startup.Token);
        foreach (var resource in Services.Append("gateway"))
        {
            await App.ResourceNotifications.WaitForResourceHealthyAsync(resource, startup.Token);
        }
        Gateway = App.CreateHttpClient("gateway");
        Mail = new MailSinkClient(new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{mailUi}") });
    }

    /// <summary>The AppHost's arguments for a platform of its own: a temporary state folder and free ports throughout.</summary>
    public static string[] IsolatedArguments(DirectoryInfo state, int mailUi) =>
    [
        $"Netwerk:StateDirectory={state.FullName}",
        $"Netwerk:Ports:Postgres={FreePort.Find()}",
        $"Netwerk:Ports:RabbitMq={FreePort.Find()}",
        $"Netwerk:Ports:RabbitMqDistribution={FreePort.Find()}",
        $"Netwerk:Ports:Redis={FreePort.Find()}",
        $"Netwerk:Ports:Smtp={FreePort.Find()}",
        $"Netwerk:Ports:MailUi={mailUi}",
        $"Netwerk:GatewayPort={FreePort.Find()}",
    ];

    /// <summary>A state folder PostgreSQL can use: it runs as its own account when we are root.</summary>
    public static DirectoryInfo NewStateDirectory()
    {
        var state = Directory.CreateTempSubdirectory("netwerk-e2e-");
        if (!OperatingSystem.IsWindows())
        {
            state.UnixFileMode |= UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        }
        return state;
    }

    /// <summary>A client of the gateway that connects from another address of the loopback network (127.x.y.z), so that
    /// the gateway and the services count its requests apart from other tests' (per-address rate limits).</summary>
    /// <param name="asBrowser">Keeps cookies and leaves redirects to the caller, as <see cref="AccountBrowser"/> wants.</param>
    public HttpClient ClientFrom(string loopbackAddress, bool asBrowser = false) => LoopbackClient.From(loopbackAddress, Gateway.BaseAddress!, asBrowser);

    /// <summary>The issuer membership names in its discovery document (the gateway's public address, ending in `/`),
    /// asked again while the gateway still answers 503: its health checks may not have seen membership yet.</summary>
    public async Task<string> IssuerAsync()
    {
        using var discovery = await Eventually.ReturnsAsync(() => Gateway.GetAsync("/.well-known/openid-configuration"),
            r => r.StatusCode != HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(60));
        discovery.EnsureSuccessStatusCode();
        return (await discovery.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("issuer").GetString()!;
    }

    /// <summary>The gateway's status code for a GET, or 0 when no answer came within a few seconds (a request still on
    /// its way to a service that has just stopped).</summary>
    public async Task<int> StatusOfAsync(string path)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(8));
        try
        {
            using var response = await Gateway.GetAsync(path, patience.Token);
            return (int)response.StatusCode;
        }
        catch (OperationCanceledException)
        {
            return 0;
        }
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
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>, ICollectionFixture<Browser.BrowserFixture>
{
    public const string Name = "platform";
}
