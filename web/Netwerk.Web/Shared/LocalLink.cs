using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Web.Shared;

public static class LocalLink
{
    /// <summary>A link from the API (a notification's) that the web app follows only when it is a page of this site
    /// (<see cref="LocalPath"/>), and not the API itself.</summary>
    public static string? Of(string? link) =>
        link is { Length: > 1 } && LocalPath.Is(link) && !link.StartsWith("/api/", StringComparison.Ordinal) ? link : null;
}
