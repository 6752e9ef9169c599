namespace Netwerk.ServiceDefaults.Http;

/// <summary>How a first-party front end (the web app) that calls the API for its visitors tells the gateway who the
/// visitor is, so that each visitor is a client of their own at the gateway's and membership's limits, not one client
/// for the whole network. The front end sends the visitor's address in `X-Forwarded-For` and its own key in
/// <see cref="KeyHeader"/>; the gateway believes the address only with a key it knows (configured, never sent to a
/// browser) and otherwise takes the connection's address, whatever `X-Forwarded-For` says.</summary>
public static class FrontEndForwarding
{
    /// <summary>The front end's key. The gateway removes it from every request before forwarding.</summary>
    public const string KeyHeader = "X-Netwerk-Front-End-Key";

    /// <summary>The gateway's keys per front end: `Gateway:FrontEnds:{name}:Key`.</summary>
    public const string GatewaySection = "Gateway:FrontEnds";

    /// <summary>The front end's own key: `Gateway:FrontEndKey` (the AppHost parameter `web-app-gateway-key`).</summary>
    public const string FrontEndKeySetting = "Gateway:FrontEndKey";
}
