using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using StackExchange.Redis;

namespace Netwerk.Notifications.Live;

/// <summary>Carries committed notifications to the members' open streams, on every replica: each replica publishes
/// what it wrote on one Redis channel and hands what it hears to the streams it holds itself. A stream that cannot
/// keep up loses the oldest live items; its client catches up with `Last-Event-ID` when it reconnects.</summary>
public sealed class LiveNotificationHub(IConnectionMultiplexer redis, ILogger<LiveNotificationHub> logger) : IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("netwerk:notifications:live");
    private readonly ConcurrentDictionary<LiveListener, byte> _listeners = new();

    public async Task StartAsync(CancellationToken cancellationToken) =>
        await redis.GetSubscriber().SubscribeAsync(Channel, (_, value) => Deliver(value));

    public Task StopAsync(CancellationToken cancellationToken) => redis.GetSubscriber().UnsubscribeAsync(Channel);

    public async Task PublishAsync(IReadOnlyList<LiveNotification> notifications)
    {
        if (notifications.Count == 0) return;
        try
        {
            var subscriber = redis.GetSubscriber();
            await Task.WhenAll(notifications.Select(n => subscriber.PublishAsync(Channel, JsonSerializer.Serialize(n, JsonSerializerOptions.Web))));
        }
        catch (RedisException exception)
        {
            // The notification is stored; only its live delivery is lost, and a reconnect replays it.
            logger.LogWarning(exception, "Live notifications could not be published");
        }
    }

    public LiveListener Listen(Guid memberId, IReadOnlyCollection<string> roles)
    {
        var listener = new LiveListener(memberId, roles, this);
        _listeners[listener] = 0;
        return listener;
    }

    internal void Remove(LiveListener listener) => _listeners.TryRemove(listener, out _);

    private void Deliver(RedisValue value)
    {
        if (_listeners.IsEmpty || JsonSerializer.Deserialize<LiveNotification>(value.ToString(), JsonSerializerOptions.Web) is not { } notification) return;
        foreach (var listener in _listeners.Keys)
        {
            if (listener.Wants(notification)) listener.Items.Writer.TryWrite(notification);
        }
    }
}

/// <summary>One open stream's share of the live notifications.</summary>
public sealed class LiveListener(Guid memberId, IReadOnlyCollection<string> roles, LiveNotificationHub hub) : IDisposable
{
    internal Channel<LiveNotification> Items { get; } = System.Threading.Channels.Channel.CreateBounded<LiveNotification>(
        new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public ChannelReader<LiveNotification> Reader => Items.Reader;

    internal bool Wants(LiveNotification notification) =>
        notification.MemberId == memberId || (notification.Role is { } role && roles.Contains(role));

    public void Dispose() => hub.Remove(this);
}
