using Netwerk.ServiceDefaults.RateLimiting;

namespace Netwerk.Membership.Account;

/// <summary>A limited form post of the account pages: counted like an API call, refused with 429 and `Retry-After`
/// as the API's are, and the wait said in Dutch for the page's message.</summary>
internal static class AccountRateLimits
{
    /// <summary>Null when the post may go on; else the wait as the page says it ("over 42 seconden").</summary>
    public static async Task<string?> RefusedAsync(this RedisRateLimiter limiter, string policy, HttpContext context) =>
        await limiter.RetryAfterAsync(policy, context) is { } wait ? Refuse(context, wait) : null;

    /// <summary>Answers 429 with `Retry-After` for a limit already met; the wait as the page says it.</summary>
    public static string Refuse(HttpContext context, TimeSpan wait)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        RetryAfter.Set(context.Response, wait);
        return RetryAfter.InDutch(wait);
    }
}
