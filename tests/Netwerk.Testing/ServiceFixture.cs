using System.Net.Http.Headers;
using MassTransit;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Netwerk.Testing;

/// <summary>One service on a database and a broker virtual host of its own, against the run's real servers, with
/// tokens from a <see cref="TestTokenIssuer"/> (whose keys the service fetches as it fetches membership's) and a clock
/// the tests can move forward. <typeparamref name="TDbContext"/> is the service's, <paramref name="service"/> its name
/// (`events`).</summary>
public abstract class ServiceFixture<TDbContext>(string service) : IAsyncLifetime where TDbContext : class
{
    /// <summary>The name of the service's database connection string, as the AppHost gives it (`eventsdb`).</summary>
    private readonly string _connectionName = $"{service}db";

    private readonly List<ServiceFactory<TDbContext>> _replicas = [];
    private Dictionary<string, string?> _settings = [];

    public ServiceFactory<TDbContext> Service => _replicas[0];
    public string DatabaseConnectionString { get; private set; } = "";
    public TestTokenIssuer Tokens { get; } = new();
    public AdjustableClock Clock { get; } = new();
    public Guid ModeratorId { get; } = Guid.NewGuid();

    /// <summary>Settings of the service under test beyond its connection strings.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Replaces services of the service under test (a seam the test controls, such as name resolution).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        DatabaseConnectionString = servers.Postgres.NewDatabase(service);
        _settings = new Dictionary<string, string?>(Settings)
        {
            [$"ConnectionStrings:{_connectionName}"] = DatabaseConnectionString,
            ["ConnectionStrings:messaging"] = await servers.Broker.NewVirtualHostAsync(),
            ["ConnectionStrings:redis"] = servers.RedisConnectionString,
        };
        await StartReplicaAsync();
    }

    /// <summary>Another instance of the service on the same database and broker, as a second replica would be.</summary>
    public async Task<ServiceFactory<TDbContext>> StartReplicaAsync()
    {
        var replica = new ServiceFactory<TDbContext>(_settings, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddHttpClient(JwtBearerDefaults.AuthenticationScheme).ConfigurePrimaryHttpMessageHandler(Tokens.KeySetHandler);
            ConfigureServices(services);
        });
        replica.CreateClient().Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await replica.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, timeout.Token);
        _replicas.Add(replica);
        return replica;
    }

    /// <summary>Stops a replica the way an orchestrator stops a process: the host shuts down gracefully.</summary>
    public async Task StopReplicaAsync(ServiceFactory<TDbContext> replica)
    {
        _replicas.Remove(replica);
        await replica.DisposeAsync();
    }

    public HttpClient Anonymous() => Service.CreateClient();

    public HttpClient AsModerator() => WithToken(Tokens.Moderator(ModeratorId));

    public HttpClient AsMember(Guid memberId, string? displayName = null) => WithToken(Tokens.Member(memberId, displayName ?? $"Lid {memberId:N}"[..12]));

    public HttpClient WithToken(string token)
    {
        var client = Service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Publishes an integration event on the fixture's broker, as another service would.</summary>
    public Task PublishAsync<TEvent>(TEvent message) where TEvent : class =>
        Service.Services.GetRequiredService<IBus>().Publish(message);

    public Task<long> CountAsync(string sql) => PostgresInstance.QueryScalarAsync<long>(DatabaseConnectionString, sql);

    public virtual async Task DisposeAsync()
    {
        foreach (var replica in _replicas) await replica.DisposeAsync();
    }
}
