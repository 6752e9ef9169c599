using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Netwerk.ServiceDefaults.Auth;

/// <summary>A copy in memory of the revoked subjects, for the gateway: it checks every request at the edge, and a
/// question to Redis per request was most of what it added to a request's time. Filled from Redis at start and after
/// every reconnection, kept current by the revocations announced on the channel; the services behind the gateway
/// still ask Redis itself, so a revocation works there at once and at the edge a moment later.</summary>
public sealed class RevocationMirror(IConnectionMultiplexer redis, TimeProvider clock, ILogger<RevocationMirror> logger) : IHostedService
{
    /// <summary>Longer than any revocation entry lives; the announcement carries no expiry.</summary>
    private static readonly TimeSpan AnnouncedEntryLifetime = TimeSpan.FromHours(24);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _revoked = new(StringComparer.Ordinal);

    public bool IsRevoked(string subject)
    {
        if (!_revoked.TryGetValue(subject, out var until)) return false;
        if (until > clock.GetUtcNow()) return true;
        _revoked.TryRemove(subject, out _);
        return false;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await redis.GetSubscriber().SubscribeAsync(RevokedSubjects.Announcements,
            (_, subject) => _revoked[subject.ToString()] = clock.GetUtcNow() + AnnouncedEntryLifetime);
        redis.ConnectionRestored += (_, _) => _ = LoadAsync();
        await LoadAsync();
    }

    /// <summary>Every revocation stored in Redis, with the time it runs out.</summary>
    private async Task LoadAsync()
    {
        try
        {
            var now = clock.GetUtcNow();
            var database = redis.GetDatabase();
            foreach (var server in redis.GetServers())
            {
                await foreach (var key in server.KeysAsync(pattern: RevokedSubjects.KeyPrefix + "*"))
                {
                    var lifetime = await database.KeyTimeToLiveAsync(key);
                    if (lifetime is { } left) _revoked[key.ToString()[RevokedSubjects.KeyPrefix.Length..]] = now + left;
                }
            }
        }
        catch (RedisException exception)
        {
            logger.LogWarning(exception, "Could not load the revoked subjects; loading again when Redis is back");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
