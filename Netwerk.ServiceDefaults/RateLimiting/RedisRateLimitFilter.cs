using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Netwerk.ServiceDefaults.RateLimiting;

/// <summary>Applies a <see cref="RedisRateLimiter"/> limit to an endpoint: 429 with `Retry-After` once the client has
/// used it up.</summary>
internal sealed class RedisRateLimitFilter(string policyName, RedisRateLimiter limiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (await limiter.RetryAfterAsync(policyName, context.HttpContext) is not { } wait) return await next(context);

        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests.",
            detail: $"Try again in {seconds} seconds.");
    }
}
