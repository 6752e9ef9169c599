namespace Netwerk.ServiceDefaults.Auth;

/// <summary>The web app as membership's client: the id both processes name it by, and the secret both fall back to in
/// Development when the AppHost's `web-app-secret` parameter is not passed (elsewhere both require it).</summary>
public static class WebAppClient
{
    public const string Id = "netwerk-web-app";
    public const string DevelopmentSecret = "netwerk-web-app-geheim-2026";
}
