using Microsoft.AspNetCore.Http;

namespace Netwerk.ServiceDefaults.RateLimiting;

/// <summary>Applies a <see cref="RedisRateLimiter"/> limit to an endpoint: 429 with `Retry-After` once the client has
/// used it up.</summary>
internal sealed class RedisRateLimitFilter(string policyName, RedisRateLimiter limiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await limiter.RetryAfterAsync(policyName, context.HttpContext) is { } wait
            ? TooManyRequests.Answer(context.HttpContext, wait)
            : await next(context);
}
