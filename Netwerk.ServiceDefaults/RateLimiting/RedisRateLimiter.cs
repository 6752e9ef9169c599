using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Netwerk.ServiceDefaults.Http;
using StackExchange.Redis;

namespace Netwerk.ServiceDefaults.RateLimiting;

/// <summary>Fixed-window limits counted in Redis, so that they hold across every replica of the service, per
/// <see cref="ClientAddress"/> or per a partition the caller names. When Redis cannot be reached the request goes through: a missing limit is better than
/// a missing platform. Used by <see cref="RedisRateLimitFilter"/> for API endpoints, and directly by pages whose
/// form posts are limited (the sign-in page).</summary>
public sealed class RedisRateLimiter(
    IConnectionMultiplexer redis,
    IOptionsMonitor<RateLimitPolicy> policies,
    TimeProvider clock,
    ILogger<RedisRateLimiter> logger)
{
    /// <summary>Counts the request against the named limit of its client's address; null when it may go on, else how
    /// long the client waits.</summary>
    public Task<TimeSpan?> RetryAfterAsync(string policyName, HttpContext context) => RetryAfterAsync(policyName, ClientAddress.Of(context));

    /// <summary>Counts one attempt against the named limit of <paramref name="partition"/> (an address, an account, a
    /// client and member); null when it may go on, else how long to wait.</summary>
    public async Task<TimeSpan?> RetryAfterAsync(string policyName, string partition)
    {
        var policy = policies.Get(policyName);
        var now = clock.GetUtcNow();
        var windowTicks = policy.Window.Ticks;
        var windowStart = now.UtcTicks / windowTicks * windowTicks;
        var key = $"ratelimit:{policyName}:{partition}:{windowStart}";

        long count;
        try
        {
            // Both commands go out before either answer is awaited: one round trip. The expiry is set only once,
            // by whichever request opened the window.
            var database = redis.GetDatabase();
            var increment = database.StringIncrementAsync(key);
            var expiry = database.KeyExpireAsync(key, policy.Window, ExpireWhen.HasNoExpiry);
            count = await increment;
            await expiry;
        }
        catch (RedisException exception)
        {
            logger.LogWarning(exception, "Rate limit {Policy} not checked: Redis is unavailable", policyName);
            return null;
        }

        if (count <= policy.PermitLimit) return null;
        var left = TimeSpan.FromTicks(windowStart + windowTicks - now.UtcTicks);
        return left < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : left;
    }
}
