using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Netwerk.ServiceDefaults.RateLimiting;

/// <summary>The API's answer past a limit: 429 with `Retry-After` (whole seconds) and problem details.</summary>
public static class TooManyRequests
{
    public static ProblemHttpResult Answer(HttpContext context, TimeSpan wait)
    {
        RetryAfter.Set(context.Response, wait);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests.",
            detail: $"Try again in {RetryAfter.Seconds(wait)} seconds.");
    }
}
