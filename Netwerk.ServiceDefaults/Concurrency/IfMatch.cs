using Microsoft.AspNetCore.Http;

namespace Netwerk.ServiceDefaults.Concurrency;

/// <summary>API.md's rule for updates that can race: without If-Match the update applies; with it, only while the
/// resource still has the ETag the client read (or `*`). Otherwise the answer is 412.</summary>
public static class IfMatch
{
    public static bool Allows(HttpRequest request, string currentETag)
    {
        var values = request.Headers.IfMatch;
        return values.Count == 0 || values.Any(value => value == "*" || value == currentETag);
    }
}
