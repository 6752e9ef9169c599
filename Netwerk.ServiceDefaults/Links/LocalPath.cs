namespace Netwerk.ServiceDefaults.Links;

/// <summary>The one rule for "a page of this site", for every return address the platform follows (the web app's
/// `/inloggen?terug=`, membership's sign-in page, the links in notifications; the script's `local` in the web app's
/// netwerk.js says the same): a path `/…`, not `//…` nor `/\…` (another host to a browser), and without control or
/// space characters, which browsers drop from an address before reading it (`/\t/evil.example` is `//evil.example`
/// to them). ASP.NET Core's `IsLocalUrl` lets those characters through.</summary>
public static class LocalPath
{
    public static bool Is(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || path[1] is not ('/' or '\\'))
        && !path.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));

    /// <summary><paramref name="path"/> when it is a page of this site, else <paramref name="otherwise"/>.</summary>
    public static string OrElse(string? path, string otherwise) => Is(path) ? path! : otherwise;
}
