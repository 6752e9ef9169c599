using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Netwerk.ServiceDefaults.Http;
using StackExchange.Redis;

namespace Netwerk.ServiceDefaults.RateLimiting;

/// <summary>A fixed-window limit counted in Redis, so it holds across every replica of the service, per
/// <see cref="ClientAddress"/>. When Redis cannot be reached the request goes through: a missing limit is better than
/// a missing platform.</summary>
internal sealed class RedisRateLimitFilter(
    string policyName,
    IConnectionMultiplexer redis,
    IOptionsMonitor<RateLimitPolicy> policies,
    TimeProvider clock,
    ILogger<RedisRateLimitFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var policy = policies.Get(policyName);
        var now = clock.GetUtcNow();
        var windowTicks = policy.Window.Ticks;
        var windowStart = now.UtcTicks / windowTicks * windowTicks;
        var key = $"ratelimit:{policyName}:{ClientAddress.Of(context.HttpContext)}:{windowStart}";

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
            return await next(context);
        }

        if (count <= policy.PermitLimit) return await next(context);

        var retryAfter = (int)Math.Ceiling(TimeSpan.FromTicks(windowStart + windowTicks - now.UtcTicks).TotalSeconds);
        context.HttpContext.Response.Headers.RetryAfter = Math.Max(retryAfter, 1).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests.",
            detail: $"Try again in {Math.Max(retryAfter, 1)} seconds.");
    }
}
