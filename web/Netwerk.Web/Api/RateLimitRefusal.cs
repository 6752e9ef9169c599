using System.Net;

namespace Netwerk.Web.Api;

/// <summary>On every client to the gateway: a 429 answer becomes a <see cref="RateLimitedException"/> with the wait
/// the answer named, whoever made the call (a page, the sign-in's code exchange, a token renewal, a download), so
/// that it ends the visit in the Dutch 429 page instead of a missing part, a sign-out or "Er ging iets mis".</summary>
internal sealed class RateLimitRefusal(TimeProvider clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.TooManyRequests) return response;

        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - clock.GetUtcNow() : TimeSpan.FromMinutes(1));
        response.Dispose();
        throw new RateLimitedException(wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait);
    }
}
