using Netwerk.LocalServers;
using Netwerk.Testing;

namespace Netwerk.Benchmarks.Platform;

/// <summary>What a scenario runs against: real servers, the services it needs in Release as processes of their own,
/// and the gateway in front of them. Tokens come from <see cref="Tokens"/>, whose keys both fetch over HTTP.</summary>
internal sealed class BenchmarkPlatform : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _parts = [];

    private BenchmarkPlatform(BenchmarkServers servers) => Servers = servers;

    public BenchmarkServers Servers { get; }
    public TestTokenIssuer Tokens { get; } = new();
    public ServiceProcess Events { get; private set; } = null!;
    public ServiceProcess Documents { get; private set; } = null!;
    public ServiceProcess Notifications { get; private set; } = null!;
    public ServiceProcess Discussions { get; private set; } = null!;
    public ServiceProcess Gateway { get; private set; } = null!;
    /// <summary>The web app and the gateway in front of it (<see cref="StartWebAsync"/>); null until then.</summary>
    public ServiceProcess? Web { get; private set; }
    public ServiceProcess? WebGateway { get; private set; }
    private Dictionary<string, string> _identity = [];

    public static async Task<BenchmarkPlatform> StartAsync()
    {
        var servers = await BenchmarkServers.StartAsync();
        var platform = new BenchmarkPlatform(servers);
        try
        {
            await platform.StartServicesAsync();
            return platform;
        }
        catch
        {
            await platform.DisposeAsync();
            throw;
        }
    }

    private async Task StartServicesAsync()
    {
        var keys = await KeySetServer.StartAsync(Tokens, FreePort.Find());
        _parts.Add(keys);
        var identity = new Dictionary<string, string>
        {
            ["Identity__Issuer"] = TestTokenIssuer.Issuer,
            ["Identity__KeysAddress"] = keys.Address.ToString(),
            ["ConnectionStrings__redis"] = Servers.Redis,
        };
        _identity = identity;

        Events = await ServiceProcess.StartAsync("events", RepositoryPaths.ServiceAssembly("services/Netwerk.Events", "Netwerk.Events"), FreePort.Find(),
            new Dictionary<string, string>(identity)
            {
                ["ConnectionStrings__eventsdb"] = Servers.Database("events"),
                ["ConnectionStrings__messaging"] = Servers.Broker,
                ["Database__MigrateAtStartup"] = "true",
            }, Servers.Logs);
        _parts.Add(Events);

        Documents = await ServiceProcess.StartAsync("documents", RepositoryPaths.ServiceAssembly("services/Netwerk.Documents", "Netwerk.Documents"),
            FreePort.Find(), new Dictionary<string, string>(identity)
            {
                ["ConnectionStrings__documentsdb"] = Servers.Database("documents"),
                ["ConnectionStrings__messaging"] = Servers.Broker,
                ["Database__MigrateAtStartup"] = "true",
                ["BlobStorage__Folder"] = Path.Combine(Servers.Root, "blobs"),
            }, Servers.Logs);
        _parts.Add(Documents);

        Notifications = await ServiceProcess.StartAsync("notifications",
            RepositoryPaths.ServiceAssembly("services/Netwerk.Notifications", "Netwerk.Notifications"), FreePort.Find(),
            new Dictionary<string, string>(identity)
            {
                ["ConnectionStrings__notificationsdb"] = Servers.Database("notifications"),
                ["ConnectionStrings__messaging"] = Servers.Broker,
                ["Database__MigrateAtStartup"] = "true",
                // Partners' receivers are on this machine, as in Development.
                ["Webhooks__Targets__AllowLoopback"] = "true",
                ["Webhooks__Targets__RequireHttps"] = "false",
                ["Email__UnsubscribeKey"] = "benchmark",
            }, Servers.Logs);
        _parts.Add(Notifications);

        Discussions = await ServiceProcess.StartAsync("discussions",
            RepositoryPaths.ServiceAssembly("services/Netwerk.Discussions", "Netwerk.Discussions"), FreePort.Find(),
            new Dictionary<string, string>(identity)
            {
                ["ConnectionStrings__discussionsdb"] = Servers.Database("discussions"),
                ["ConnectionStrings__messaging"] = Servers.Broker,
                ["Database__MigrateAtStartup"] = "true",
            }, Servers.Logs);
        _parts.Add(Discussions);

        Gateway = await ServiceProcess.StartAsync("gateway", RepositoryPaths.ServiceAssembly("gateway/Netwerk.Gateway", "Netwerk.Gateway"), FreePort.Find(),
            GatewaySettings(), Servers.Logs);
        _parts.Add(Gateway);
    }

    /// <summary>The web app in Release, and a gateway of its own that serves it at its root as in the AppHost. There
    /// is no membership here: the theme's stylesheet, which the gateway takes from membership, comes from the web app
    /// (it serves the same file), and the one call to membership a page makes (the working groups of the document
    /// filter) is answered 503 by the gateway, as when membership is down.</summary>
    public async Task StartWebAsync()
    {
        var gatewayPort = FreePort.Find();
        Web = await StartWebAppAsync($"http://127.0.0.1:{gatewayPort}/");
        WebGateway = await ServiceProcess.StartAsync("web-gateway", RepositoryPaths.ServiceAssembly("gateway/Netwerk.Gateway", "Netwerk.Gateway"), gatewayPort,
            new Dictionary<string, string>(GatewaySettings())
            {
                ["services__web__http__0"] = Web.Address.ToString(),
                ["services__membership__http__0"] = Web.Address.ToString(),
            }, Servers.Logs);
        _parts.Add(WebGateway);
    }

    /// <summary>Membership too (signing in with the code flow, registrations), the web app, and a gateway with its
    /// real per-client limit in front of all of them, as a network meeting meets it (<see cref="CrowdGateway"/>). The
    /// other services still trust the bench's token issuer, not membership: what a member sees after signing in is
    /// not what this platform measures; signing in, signing up and visitors' pages are.</summary>
    public async Task StartCrowdAsync()
    {
        var gatewayPort = FreePort.Find();
        var gatewayAddress = $"http://127.0.0.1:{gatewayPort}/";
        var certificates = IdentityCertificates.Create();
        Membership = await ServiceProcess.StartAsync("membership", RepositoryPaths.ServiceAssembly("services/Netwerk.Membership", "Netwerk.Membership"),
            FreePort.Find(), new Dictionary<string, string>
            {
                ["ConnectionStrings__membershipdb"] = Servers.Database("membership"),
                ["ConnectionStrings__messaging"] = Servers.Broker,
                ["ConnectionStrings__redis"] = Servers.Redis,
                ["Database__MigrateAtStartup"] = "true",
                ["Identity__Issuer"] = gatewayAddress,
                ["Identity__SigningCertificate"] = certificates.Signing,
                ["Identity__EncryptionCertificate"] = certificates.Encryption,
                ["Identity__Clients__netwerk-web-app__Secret"] = "benchmark",
                ["Identity__Clients__netwerk-web-app__RedirectUris__0"] = gatewayAddress + "signin-oidc",
                ["Identity__Clients__netwerk-web-app__PostLogoutRedirectUris__0"] = gatewayAddress + "signout-callback-oidc",
                ["Seed__AdminEmail"] = CrowdAdministrator.Email,
                ["Seed__AdminPassword"] = CrowdAdministrator.Password,
                ["Seed__PartnerDemoSecret"] = "benchmark",
            }, Servers.Logs);
        _parts.Add(Membership);
        var web = await StartWebAppAsync(gatewayAddress);
        CrowdGateway = await ServiceProcess.StartAsync("crowd-gateway", RepositoryPaths.ServiceAssembly("gateway/Netwerk.Gateway", "Netwerk.Gateway"), gatewayPort,
            new Dictionary<string, string>
            {
                // Membership's tokens (the administrator's, the members' after signing in) are what this gateway sees.
                ["Identity__Issuer"] = gatewayAddress,
                ["Identity__KeysAddress"] = new Uri(Membership.Address, ".well-known/jwks").ToString(),
                ["ConnectionStrings__redis"] = Servers.Redis,
                ["services__events__http__0"] = Events.Address.ToString(),
                ["services__documents__http__0"] = Documents.Address.ToString(),
                ["services__notifications__http__0"] = Notifications.Address.ToString(),
                ["services__membership__http__0"] = Membership.Address.ToString(),
                ["services__web__http__0"] = web.Address.ToString(),
                [$"Gateway__FrontEnds__web__Key"] = WebAppKey,
            }, Servers.Logs);
        _parts.Add(CrowdGateway);
    }

    /// <summary>The administrator membership seeds on the crowd platform.</summary>
    public static readonly (string Email, string Password) CrowdAdministrator = ("beheer@bench.example", "Bench-beheer-2026");

    public ServiceProcess? Membership { get; private set; }
    public ServiceProcess? CrowdGateway { get; private set; }

    private const string WebAppKey = "benchmark-web-app-key";

    private async Task<ServiceProcess> StartWebAppAsync(string gatewayAddress)
    {
        var web = await ServiceProcess.StartAsync("web", RepositoryPaths.PublishedAssembly("web/Netwerk.Web", "Netwerk.Web"), FreePort.Find(),
            new Dictionary<string, string>
            {
                ["ConnectionStrings__redis"] = Servers.Redis,
                ["Gateway__Address"] = gatewayAddress,
                ["Gateway__FrontEndKey"] = WebAppKey,
                ["Identity__ClientSecret"] = "benchmark",
            }, Servers.Logs);
        _parts.Add(web);
        return web;
    }

    /// <summary>The gateway in front of the services started here.</summary>
    private Dictionary<string, string> GatewaySettings() => new(_identity)
    {
        ["services__events__http__0"] = Events.Address.ToString(),
        ["services__documents__http__0"] = Documents.Address.ToString(),
        ["services__notifications__http__0"] = Notifications.Address.ToString(),
        ["services__discussions__http__0"] = Discussions.Address.ToString(),
        // The limiter runs on every request (its cost is part of what is measured), above any load made here.
        ["Gateway__RateLimit__PerSecond"] = "10000000",
        ["Gateway__RateLimit__Burst"] = "10000000",
    };

    public async ValueTask DisposeAsync()
    {
        foreach (var part in Enumerable.Reverse(_parts)) await part.DisposeAsync();
        await Servers.DisposeAsync();
    }
}
