using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Netwerk.ServiceDefaults.Auth;

/// <summary>A copy in memory of the <see cref="RevokedSubjects"/>, for the gateway: it checks every request at the
/// edge, and a question to Redis per request was most of what it added to a request's time. Filled from Redis at
/// start and after every reconnection, kept current by the revocations announced on the channel; the services behind
/// the gateway still ask Redis itself, so a revocation works there at once and at the edge a moment later.</summary>
public sealed class RevocationMirror(IConnectionMultiplexer redis, TimeProvider clock, ILogger<RevocationMirror> logger) : IHostedService
{
    /// <summary>Longer than any revocation entry lives; the announcement carries no expiry.</summary>
    private static readonly TimeSpan AnnouncedEntryLifetime = TimeSpan.FromHours(24);
    private readonly ConcurrentDictionary<string, Revocation> _revoked = new(StringComparer.Ordinal);

    private readonly record struct Revocation(long Before, DateTimeOffset Until);

    public bool IsRevoked(string subject, DateTimeOffset issuedAt)
    {
        if (!_revoked.TryGetValue(subject, out var revocation)) return false;
        if (revocation.Until <= clock.GetUtcNow())
        {
            _revoked.TryRemove(subject, out _);
            return false;
        }
        return issuedAt.ToUnixTimeSeconds() < revocation.Before;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await redis.GetSubscriber().SubscribeAsync(RevokedSubjects.Announcements, (_, message) =>
        {
            if (RevokedSubjects.ParseAnnouncement(message.ToString()) is var (subject, before))
            {
                Keep(subject, before, clock.GetUtcNow() + AnnouncedEntryLifetime);
            }
        });
        redis.ConnectionRestored += (_, _) => _ = LoadAsync();
        await LoadAsync();
    }

    /// <summary>A later revocation of the same subject moves the moment on; an older one arriving late does not.</summary>
    private void Keep(string subject, long before, DateTimeOffset until) =>
        _revoked.AddOrUpdate(subject, new Revocation(before, until),
            (_, known) => before >= known.Before ? new Revocation(before, until) : known);

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
                    var entry = await database.StringGetWithExpiryAsync(key);
                    if (entry.Expiry is { } left && entry.Value.TryParse(out long before))
                    {
                        Keep(key.ToString()[RevokedSubjects.KeyPrefix.Length..], before, now + left);
                    }
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
