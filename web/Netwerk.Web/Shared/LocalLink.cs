namespace Netwerk.Web.Shared;

/// <summary>The one rule for "a page of this site" (the script's `local` in wwwroot/js/netwerk.js says the same): a path
/// `/…`, not `//…` nor `/\…` (another host to a browser), and without control or space characters, which browsers drop
/// from an address before reading it (`/\t/evil.example` is `//evil.example` to them).</summary>
public static class LocalLink
{
    public static bool IsLocalPath(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || path[1] is not ('/' or '\\'))
        && !path.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));

    /// <summary>A link from the API (a notification's) that the web app follows only when it is a page of this site,
    /// and not the API itself.</summary>
    public static string? Of(string? link) =>
        link is { Length: > 1 } && IsLocalPath(link) && !link.StartsWith("/api/", StringComparison.Ordinal) ? link : null;
}
