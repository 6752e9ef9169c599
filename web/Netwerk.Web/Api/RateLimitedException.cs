namespace Netwerk.Web.Api;

/// <summary>The gateway or a service answered 429 to a call made for this visitor. Not a part of the page that is
/// missing but the whole request refused: the exception handler answers 429 with `Retry-After` and the Dutch page
/// that says when to try again (<see cref="Netwerk.Web.Errors.ErrorPage"/>).</summary>
public sealed class RateLimitedException(TimeSpan retryAfter) : Exception($"Rate limited; retry after {retryAfter.TotalSeconds:0} s")
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
