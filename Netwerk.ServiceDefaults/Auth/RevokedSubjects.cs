using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Netwerk.ServiceDefaults.Auth;

/// <summary>Subjects whose access tokens must stop working before they expire (an erased member). Kept in Redis,
/// shared by every service and replica, for as long as an access token can live, and announced on a channel so that
/// a <see cref="RevocationMirror"/> can keep a copy. When Redis cannot be reached the check lets the token through
/// and says so in the log: tokens are short-lived.</summary>
public sealed class RevokedSubjects(IConnectionMultiplexer redis, ILogger<RevokedSubjects> logger)
{
    internal const string KeyPrefix = "revoked-subject:";
    internal static readonly RedisChannel Announcements = RedisChannel.Literal("revoked-subjects");

    /// <summary>Covers validators whose clocks run behind the issuer's.</summary>
    private static readonly TimeSpan ClockMargin = TimeSpan.FromMinutes(5);

    /// <param name="accessTokenLifetime">The issuer's access token lifetime: the entry lives as long as any token
    /// issued before the revocation can, so none comes back to life.</param>
    public async Task RevokeAsync(string subject, TimeSpan accessTokenLifetime)
    {
        var database = redis.GetDatabase();
        await database.StringSetAsync(Key(subject), "1", accessTokenLifetime + ClockMargin);
        await database.PublishAsync(Announcements, subject);
    }

    public async Task<bool> IsRevokedAsync(string subject)
    {
        try
        {
            return await redis.GetDatabase().KeyExistsAsync(Key(subject));
        }
        catch (RedisException exception)
        {
            logger.LogWarning(exception, "Could not check whether {Subject} is revoked: Redis is unavailable", subject);
            return false;
        }
    }

    private static RedisKey Key(string subject) => KeyPrefix + subject;
}
