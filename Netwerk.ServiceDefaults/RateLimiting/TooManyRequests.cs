using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Netwerk.ServiceDefaults.RateLimiting;

/// <summary>The API's answer past a limit: 429 with `Retry-After` (whole seconds) and problem details.</summary>
public static class TooManyRequests
{
    public static ProblemHttpResult Answer(HttpContext context, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests.",
            detail: $"Try again in {seconds} seconds.");
    }
}
