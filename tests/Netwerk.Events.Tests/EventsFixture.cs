using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Events.Data;
using Netwerk.Testing;

namespace Netwerk.Events.Tests;

/// <summary>The events service on a database and a broker virtual host of its own, against the run's real servers,
/// with tokens from a <see cref="TestTokenIssuer"/> and a clock the tests can move forward.</summary>
public sealed class EventsFixture : IAsyncLifetime
{
    private readonly List<ServiceFactory<EventsDbContext>> _replicas = [];
    private Dictionary<string, string?> _settings = [];

    public ServiceFactory<EventsDbContext> Service => _replicas[0];
    public string DatabaseConnectionString { get; private set; } = "";
    public TestTokenIssuer Tokens { get; } = new();
    public AdjustableClock Clock { get; } = new();
    public Guid ModeratorId { get; } = Guid.NewGuid();

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        DatabaseConnectionString = servers.Postgres.NewDatabase("events");
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:eventsdb"] = DatabaseConnectionString,
            ["ConnectionStrings:messaging"] = await servers.Broker.NewVirtualHostAsync(),
            ["ConnectionStrings:redis"] = servers.RedisConnectionString,
            ["Reminders:PollInterval"] = "00:00:00.100",
        };
        await StartReplicaAsync();
    }

    /// <summary>Another instance of the service on the same database and broker, as a second replica would be.</summary>
    public async Task<ServiceFactory<EventsDbContext>> StartReplicaAsync()
    {
        var replica = new ServiceFactory<EventsDbContext>(_settings, services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddHttpClient(JwtBearerDefaults.AuthenticationScheme).ConfigurePrimaryHttpMessageHandler(Tokens.KeySetHandler);
        });
        replica.CreateClient().Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await replica.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, timeout.Token);
        _replicas.Add(replica);
        return replica;
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

    /// <summary>Schedules an event as a moderator; <paramref name="changes"/> override the defaults of a valid one.</summary>
    public async Task<JsonElement> ScheduleAsync(Action<Dictionary<string, object?>>? changes = null)
    {
        var request = ValidEvent(Clock.GetUtcNow());
        changes?.Invoke(request);
        var response = await AsModerator().PostAsJsonAsync("/api/events", request);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"scheduling failed: {body}");
        return body;
    }

    public static Dictionary<string, object?> ValidEvent(DateTimeOffset now) => new()
    {
        ["title"] = "Regiobijeenkomst Midden",
        ["description"] = "Over **informatiebeveiliging** in de praktijk.",
        ["startsAt"] = now.AddDays(7).ToString("O"),
        ["endsAt"] = now.AddDays(7).AddHours(2).ToString("O"),
        ["timeZone"] = "Europe/Amsterdam",
        ["location"] = "Utrecht",
        ["capacity"] = 10,
    };

    /// <summary>Publishes an integration event on the fixture's broker, as another service would.</summary>
    public Task PublishAsync<TEvent>(TEvent message) where TEvent : class =>
        Service.Services.GetRequiredService<IBus>().Publish(message);

    public Task<long> CountAsync(string sql) => PostgresInstance.QueryScalarAsync<long>(DatabaseConnectionString, sql);

    public async Task DisposeAsync()
    {
        foreach (var replica in _replicas) await replica.DisposeAsync();
    }
}
