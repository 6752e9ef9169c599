using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Webhooks.Targets;
using Netwerk.Testing;

namespace Netwerk.Notifications.Tests;

/// <summary>The notifications service with a short retry schedule (0.3 s, 0.6 s, 0.9 s), loopback webhook targets
/// allowed as in Development, a real SMTP sink, a webhook receiver, and name resolution the test can steer.</summary>
public class NotificationsFixture() : ServiceFixture<NotificationsDbContext>("notifications")
{
    public static readonly TimeSpan[] RetryDelays = [TimeSpan.FromMilliseconds(300), TimeSpan.FromMilliseconds(600), TimeSpan.FromMilliseconds(900)];

    public SmtpSink Mail { get; } = new();
    public SteerableResolver Names { get; } = new();
    public WebhookReceiver Receiver { get; private set; } = null!;

    protected virtual bool AllowLoopback => true;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Webhooks:Targets:RequireHttps"] = "false",
        ["Webhooks:Targets:AllowLoopback"] = AllowLoopback.ToString(),
        ["Webhooks:Delivery:RetryDelays:0"] = RetryDelays[0].ToString(),
        ["Webhooks:Delivery:RetryDelays:1"] = RetryDelays[1].ToString(),
        ["Webhooks:Delivery:RetryDelays:2"] = RetryDelays[2].ToString(),
        ["Webhooks:Delivery:PollInterval"] = "00:00:00.100",
        ["Webhooks:Delivery:MaximumInFlightPerSubscription"] = "4",
        ["Email:SmtpHost"] = "127.0.0.1",
        ["Email:SmtpPort"] = Mail.Port.ToString(),
        ["Email:UseTls"] = "false",
        ["Email:PollInterval"] = "00:00:00.100",
        ["Email:UnsubscribeKey"] = "test-unsubscribe-key",
        ["PublicBaseUrl"] = "http://netwerk.test/",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IHostAddressResolver>(Names);

    public override async Task InitializeAsync()
    {
        Receiver = await WebhookReceiver.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Receiver.DisposeAsync();
        Mail.Dispose();
    }

    public HttpClient AsPartner(string clientId) => WithToken(Tokens.Partner(clientId));

    public HttpClient AsAdministrator(Guid? id = null) => WithToken(Tokens.Issue((id ?? Guid.NewGuid()).ToString(), "Beheerder", ["member", "admin"]));

    /// <summary>Subscribes <paramref name="url"/> for a partner and returns the subscription (with its secret).</summary>
    public async Task<JsonElement> SubscribeAsync(string partner, string url, params string[] eventTypes)
    {
        using var response = await AsPartner(partner).PostAsJsonAsync("/api/webhooks/subscriptions", new { url, eventTypes });
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"subscribing failed: {body}");
        return body;
    }
}

/// <summary>Name resolution the test steers: a name maps to whatever addresses the test says, as DNS might at any
/// moment; other names resolve for real.</summary>
public sealed class SteerableResolver : IHostAddressResolver
{
    private readonly Dictionary<string, IPAddress[]> _names = new(StringComparer.OrdinalIgnoreCase);

    public void Point(string host, params IPAddress[] addresses)
    {
        lock (_names) _names[host] = addresses;
    }

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        lock (_names)
        {
            if (_names.TryGetValue(host, out var addresses)) return Task.FromResult(addresses);
        }
        return IPAddress.TryParse(host, out var literal) ? Task.FromResult(new[] { literal }) : Dns.GetHostAddressesAsync(host, cancellationToken);
    }
}
