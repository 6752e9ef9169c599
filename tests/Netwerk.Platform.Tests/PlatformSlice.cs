using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Discussions.Data;
using Netwerk.Documents.Data;
using Netwerk.Events.Data;
using Netwerk.Membership.Data;
using Netwerk.Notifications.Data;
using Netwerk.Testing;

namespace Netwerk.Platform.Tests;

/// <summary>Membership, notifications, events, documents and discussions hosted side by side on fresh databases and a given broker: the
/// smallest platform in which an event crosses from one service to another and a member's data reaches every
/// service that holds some.</summary>
public sealed class PlatformSlice : IAsyncDisposable
{
    private PlatformSlice(ServiceFactory<MembershipDbContext> membership, ServiceFactory<NotificationsDbContext> notifications,
        ServiceFactory<EventsDbContext> events, ServiceFactory<DocumentsDbContext> documents, ServiceFactory<DiscussionsDbContext> discussions,
        string membershipDatabase, string notificationsDatabase, string eventsDatabase, string documentsDatabase, string discussionsDatabase,
        string brokerConnectionString)
    {
        Discussions = discussions;
        DiscussionsDatabase = discussionsDatabase;
        Documents = documents;
        DocumentsDatabase = documentsDatabase;
        Events = events;
        EventsDatabase = eventsDatabase;
        BrokerConnectionString = brokerConnectionString;
        Membership = membership;
        Notifications = notifications;
        MembershipDatabase = membershipDatabase;
        NotificationsDatabase = notificationsDatabase;
    }

    public ServiceFactory<MembershipDbContext> Membership { get; }
    public ServiceFactory<NotificationsDbContext> Notifications { get; }
    public ServiceFactory<EventsDbContext> Events { get; }
    public ServiceFactory<DocumentsDbContext> Documents { get; }
    public ServiceFactory<DiscussionsDbContext> Discussions { get; }
    public string DocumentsDatabase { get; }
    public string DiscussionsDatabase { get; }
    public string MembershipDatabase { get; }
    public string EventsDatabase { get; }
    public string NotificationsDatabase { get; }
    public string BrokerConnectionString { get; }
    public DeliveryLog Deliveries { get; } = new();

    public static async Task<PlatformSlice> StartAsync(TestServers servers, string brokerConnectionString,
        Action<IServiceCollection>? configureMembership = null, Action<IServiceCollection>? configureNotifications = null,
        IReadOnlyDictionary<string, string?>? settings = null, Action<string, IServiceCollection>? configureEach = null)
    {
        // Each service's own configuration, then what the caller adds to every one (by the service's name).
        Action<IServiceCollection> For(string service, Action<IServiceCollection>? own) => services =>
        {
            own?.Invoke(services);
            configureEach?.Invoke(service, services);
        };
        var membershipDatabase = servers.Postgres.NewDatabase("membership");
        var notificationsDatabase = servers.Postgres.NewDatabase("notifications");
        var eventsDatabase = servers.Postgres.NewDatabase("events");
        var documentsDatabase = servers.Postgres.NewDatabase("documents");
        var discussionsDatabase = servers.Postgres.NewDatabase("discussions");
        var membership = new ServiceFactory<MembershipDbContext>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:membershipdb"] = membershipDatabase,
            ["ConnectionStrings:messaging"] = brokerConnectionString,
            ["ConnectionStrings:redis"] = servers.RedisConnectionString,
        }.Concat(settings ?? new Dictionary<string, string?>()).ToDictionary(), For("membership", configureMembership));
        var notifications = new ServiceFactory<NotificationsDbContext>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:notificationsdb"] = notificationsDatabase,
            ["ConnectionStrings:messaging"] = brokerConnectionString,
            ["ConnectionStrings:redis"] = servers.RedisConnectionString,
        }.Concat(settings ?? new Dictionary<string, string?>()).ToDictionary(), For("notifications", services =>
        {
            // Notifications fetches membership's signing keys over HTTP; here membership lives in this process.
            services.AddHttpClient(JwtBearerDefaults.AuthenticationScheme)
                .ConfigurePrimaryHttpMessageHandler(() => membership.Server.CreateHandler());
            configureNotifications?.Invoke(services);
        }));
        var events = new ServiceFactory<EventsDbContext>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:eventsdb"] = eventsDatabase,
            ["ConnectionStrings:messaging"] = brokerConnectionString,
            ["ConnectionStrings:redis"] = servers.RedisConnectionString,
        }.Concat(settings ?? new Dictionary<string, string?>()).ToDictionary(), For("events", services =>
            services.AddHttpClient(JwtBearerDefaults.AuthenticationScheme).ConfigurePrimaryHttpMessageHandler(() => membership.Server.CreateHandler())));
        var documents = new ServiceFactory<DocumentsDbContext>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:documentsdb"] = documentsDatabase,
            ["ConnectionStrings:messaging"] = brokerConnectionString,
            ["ConnectionStrings:redis"] = servers.RedisConnectionString,
            ["BlobStorage:Folder"] = Path.Combine(servers.Root, $"blobs-{Guid.NewGuid():N}"),
        }.Concat(settings ?? new Dictionary<string, string?>()).ToDictionary(), For("documents", services =>
            services.AddHttpClient(JwtBearerDefaults.AuthenticationScheme).ConfigurePrimaryHttpMessageHandler(() => membership.Server.CreateHandler())));
        var discussions = new ServiceFactory<DiscussionsDbContext>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:discussionsdb"] = discussionsDatabase,
            ["ConnectionStrings:messaging"] = brokerConnectionString,
            ["ConnectionStrings:redis"] = servers.RedisConnectionString,
        }.Concat(settings ?? new Dictionary<string, string?>()).ToDictionary(), For("discussions", services =>
            services.AddHttpClient(JwtBearerDefaults.AuthenticationScheme).ConfigurePrimaryHttpMessageHandler(() => membership.Server.CreateHandler())));
        var slice = new PlatformSlice(membership, notifications, events, documents, discussions, membershipDatabase, notificationsDatabase,
            eventsDatabase, documentsDatabase, discussionsDatabase, brokerConnectionString);

        // Starting the hosts migrates both databases and declares the notifications queue before anything is sent.
        membership.CreateClient().Dispose();
        notifications.CreateClient().Dispose();
        events.CreateClient().Dispose();
        documents.CreateClient().Dispose();
        discussions.CreateClient().Dispose();
        notifications.Services.GetRequiredService<IBus>().ConnectConsumeObserver(slice.Deliveries);
        await WaitForBusAsync(notifications.Services);
        await WaitForBusAsync(events.Services);
        await WaitForBusAsync(documents.Services);
        await WaitForBusAsync(discussions.Services);
        await WaitForBusAsync(membership.Services);
        return slice;
    }

    public Task<HttpResponseMessage> RegisterAsync(string displayName, HttpClient? client = null, string? email = null) =>
        (client ?? Membership.CreateClient()).PostAsJsonAsync("/api/members/registrations", new
        {
            email = email ?? $"{Guid.NewGuid():N}@school.example",
            password = "Veilig-wachtwoord-42",
            displayName,
            organisation = new { name = "CSG Het Noorderlicht", brin = "34CD" },
            jobTitle = "Informatiemanager",
            sector = "vo",
            consents = new { directory = true, partners = true },
        });

    /// <summary>A client of the given service, signed in at membership as the seeded administrator.</summary>
    public async Task<HttpClient> AsAdministratorAsync(HttpClient client)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            await TokenAsync("beheer@netwerk.example", "Netwerk-beheer-2026"));
        return client;
    }

    /// <summary>An access token from membership's token endpoint (password grant).</summary>
    public async Task<string> TokenAsync(string email, string password)
    {
        var response = await Membership.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "netwerk-web",
            ["username"] = email,
            ["password"] = password,
            ["scope"] = "api",
        }));
        var tokens = await response.Content.ReadFromJsonAsync<JsonElement>();
        return tokens.GetProperty("access_token").GetString()!;
    }

    public Task<long> AdminNotificationsAsync() =>
        PostgresInstance.QueryScalarAsync<long>(NotificationsDatabase, "SELECT count(*) FROM notifications WHERE recipient_role = 'admin'");

    public Task<long> UnsentOutboxRowsAsync() =>
        PostgresInstance.QueryScalarAsync<long>(MembershipDatabase, "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL");

    public async ValueTask DisposeAsync()
    {
        await Membership.DisposeAsync();
        await Notifications.DisposeAsync();
        await Events.DisposeAsync();
        await Documents.DisposeAsync();
        await Discussions.DisposeAsync();
    }

    private static async Task WaitForBusAsync(IServiceProvider services)
    {
        var control = services.GetRequiredService<IBusControl>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await control.WaitForHealthStatus(BusHealthStatus.Healthy, timeout.Token);
    }
}
