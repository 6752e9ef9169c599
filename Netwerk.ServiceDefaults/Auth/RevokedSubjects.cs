using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using StackExchange.Redis;

namespace Netwerk.ServiceDefaults.Auth;

/// <summary>Subjects whose access tokens issued until a moment must stop working before they expire: a member who
/// left, reset their password or signed out everywhere. Kept in Redis, shared by every service and replica, for as
/// long as an access token can live, and announced on a channel so that a <see cref="RevocationMirror"/> can keep a
/// copy. A token issued after the moment works: the member who reset a password signs in again. When Redis cannot
/// be reached the check lets the token through and says so in the log: tokens are short-lived.</summary>
public sealed class RevokedSubjects(IConnectionMultiplexer redis, TimeProvider clock, ILogger<RevokedSubjects> logger)
{
    internal const string KeyPrefix = "tokens-revoked-before:";
    internal static readonly RedisChannel Announcements = RedisChannel.Literal("tokens-revoked-before");

    /// <summary>Covers validators whose clocks run behind the issuer's.</summary>
    private static readonly TimeSpan ClockMargin = TimeSpan.FromMinutes(5);

    /// <summary>Every access token of the subject issued before now stops working. Returns once a token issued from
    /// then on is no longer caught: tokens say when they were issued in whole seconds (`iat`), so the moment is the
    /// next whole second, and this waits for it (under a second).</summary>
    /// <param name="accessTokenLifetime">The issuer's access token lifetime: the entry lives as long as any token
    /// issued before the revocation can, so none comes back to life.</param>
    public async Task RevokeAsync(string subject, TimeSpan accessTokenLifetime)
    {
        var now = clock.GetUtcNow();
        var before = now.ToUnixTimeSeconds() + 1;
        var database = redis.GetDatabase();
        await database.StringSetAsync(Key(subject), before, accessTokenLifetime + ClockMargin);
        await database.PublishAsync(Announcements, Announcement(subject, before));
        // A timer may fire a millisecond early (it counts whole milliseconds): wait until the clock says so.
        TimeSpan wait;
        while ((wait = DateTimeOffset.FromUnixTimeSeconds(before) - clock.GetUtcNow()) > TimeSpan.Zero)
        {
            await Task.Delay(wait + TimeSpan.FromMilliseconds(1), clock);
        }
    }

    public async Task<bool> IsRevokedAsync(string subject, DateTimeOffset issuedAt)
    {
        try
        {
            var before = await redis.GetDatabase().StringGetAsync(Key(subject));
            return before.TryParse(out long seconds) && issuedAt.ToUnixTimeSeconds() < seconds;
        }
        catch (RedisException exception)
        {
            logger.LogWarning(exception, "Could not check whether {Subject} is revoked: Redis is unavailable", subject);
            return false;
        }
    }

    /// <summary>When a validated token was issued (`iat`); a token without one counts as issued long ago, so a
    /// revocation always catches it.</summary>
    public static DateTimeOffset IssuedAt(SecurityToken token) =>
        token is JsonWebToken { IssuedAt: var issued } && issued > DateTime.UnixEpoch
            ? new DateTimeOffset(issued, TimeSpan.Zero)
            : DateTimeOffset.UnixEpoch;

    internal static RedisKey Key(string subject) => KeyPrefix + subject;

    private static string Announcement(string subject, long before) => $"{before.ToString(CultureInfo.InvariantCulture)} {subject}";

    /// <summary>Reads what <see cref="RevokeAsync"/> announced: the moment in Unix seconds, then the subject.</summary>
    internal static (string Subject, long Before)? ParseAnnouncement(string announcement)
    {
        var space = announcement.IndexOf(' ');
        return space > 0 && long.TryParse(announcement.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var before)
            ? (announcement[(space + 1)..], before)
            : null;
    }
}
