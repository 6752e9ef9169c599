using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Netwerk.ServiceDefaults.Auth;

/// <summary>Subjects whose access tokens must stop working before they expire (an erased member). Kept in Redis,
/// shared by every service and replica, for as long as an access token can live. When Redis cannot be reached
/// the check lets the token through and says so in the log: tokens live 30 minutes at most.</summary>
public sealed class RevokedSubjects(IConnectionMultiplexer redis, ILogger<RevokedSubjects> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(35);

    public Task RevokeAsync(string subject) => redis.GetDatabase().StringSetAsync(Key(subject), "1", Lifetime);

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

    private static RedisKey Key(string subject) => $"revoked-subject:{subject}";
}
