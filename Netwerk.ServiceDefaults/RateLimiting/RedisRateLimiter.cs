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
        var window = WindowOf(policyName, partition);
        long count;
        try
        {
            // Both commands go out before either answer is awaited: one round trip. The expiry is set only once,
            // by whichever request opened the window.
            var database = redis.GetDatabase();
            var increment = database.StringIncrementAsync(window.Key);
            var expiry = database.KeyExpireAsync(window.Key, window.Policy.Window, ExpireWhen.HasNoExpiry);
            count = await increment;
            await expiry;
        }
        catch (RedisException exception)
        {
            logger.LogWarning(exception, "Rate limit {Policy} not checked: Redis is unavailable", policyName);
            return null;
        }
        return count <= window.Policy.PermitLimit ? null : window.Left;
    }

    /// <summary>Whether <paramref name="partition"/> has used up the named limit in this window, without counting: for
    /// limits that count only what went wrong (a failed password), checked before and counted after.</summary>
    public async Task<TimeSpan?> UsedUpAsync(string policyName, string partition)
    {
        var window = WindowOf(policyName, partition);
        try
        {
            var count = (long?)await redis.GetDatabase().StringGetAsync(window.Key) ?? 0;
            return count < window.Policy.PermitLimit ? null : window.Left;
        }
        catch (RedisException exception)
        {
            logger.LogWarning(exception, "Rate limit {Policy} not checked: Redis is unavailable", policyName);
            return null;
        }
    }

    /// <summary>Starts <paramref name="partition"/>'s count of this window again (the right password after wrong ones).</summary>
    public async Task ForgetAsync(string policyName, string partition)
    {
        try
        {
            await redis.GetDatabase().KeyDeleteAsync(WindowOf(policyName, partition).Key);
        }
        catch (RedisException exception)
        {
            logger.LogWarning(exception, "Rate limit {Policy} not reset: Redis is unavailable", policyName);
        }
    }

    private Window WindowOf(string policyName, string partition)
    {
        var policy = policies.Get(policyName);
        var now = clock.GetUtcNow().UtcTicks;
        var windowTicks = policy.Window.Ticks;
        var windowStart = now / windowTicks * windowTicks;
        var left = TimeSpan.FromTicks(windowStart + windowTicks - now);
        return new($"ratelimit:{policyName}:{partition}:{windowStart}", policy, left < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : left);
    }

    /// <summary>One fixed window of a limit: its Redis key and how long until it closes (at least a second, so a
    /// `Retry-After` is never 0).</summary>
    private readonly record struct Window(string Key, RateLimitPolicy Policy, TimeSpan Left);
}
