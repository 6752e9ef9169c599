namespace Netwerk.Web.Shared;

/// <summary>A link from the API (a notification's) that the web app follows only when it is a page of this site:
/// `/…`, not `//…` nor `/\…` (another host to a browser), and not the API itself.</summary>
public static class LocalLink
{
    public static string? Of(string? link) =>
        link is { Length: > 1 } && link[0] == '/' && link[1] is not ('/' or '\\') && !link.StartsWith("/api/", StringComparison.Ordinal) ? link : null;
}
