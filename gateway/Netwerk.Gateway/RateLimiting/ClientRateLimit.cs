using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Gateway.RateLimiting;

/// <summary>`Gateway:RateLimit`: the generous limit every client has at the gateway (API.md), beside the strict ones
/// membership keeps for signing in and registering. A token bucket per client: <see cref="PerSecond"/> requests a
/// second sustained, bursts up to <see cref="Burst"/>.</summary>
public sealed class ClientRateLimitOptions
{
    public int PerSecond { get; set; } = 50;
    public int Burst { get; set; } = 200;
}

/// <summary>Limits each client — the token's subject once <c>BearerTokenCheck</c> has validated it, else the caller's
/// address — and answers 429 with `Retry-After` and problem details past the limit. Kept in the gateway's memory:
/// with several gateway replicas a client's share is per replica, which suits a generous limit (the strict ones live
/// in Redis, in membership).</summary>
internal static class ClientRateLimit
{
    public static void AddClientRateLimit(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Gateway:RateLimit").Get<ClientRateLimitOptions>() ?? new ClientRateLimitOptions();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                RateLimitPartition.GetTokenBucketLimiter(ClientOf(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(options.Burst, 1),
                    TokensPerPeriod = Math.Max(options.PerSecond, 1),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            limiter.OnRejected = RejectAsync;
        });
    }

    private static string ClientOf(HttpContext context) =>
        context.User.FindFirst(NetwerkPolicies.SubjectClaim)?.Value is { } subject
            ? $"client:{subject}"
            : $"address:{context.Connection.RemoteIpAddress}";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString();
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests.",
                Detail = "This client sent more requests than the gateway allows; try again after the time in Retry-After.",
            },
        });
    }
}
