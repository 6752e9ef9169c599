namespace Netwerk.Web.Api;

internal static class GatewayApiNames
{
    /// <summary>The HTTP client to the gateway, with the signed-in member's access token when there is one.</summary>
    public const string Gateway = "gateway";

    /// <summary>The HTTP client for answers that stream for as long as a page is open (the live inbox).</summary>
    public const string Stream = "gateway-stream";

    /// <summary>The HTTP client of the sign-in itself (discovery, the code exchange, userinfo).</summary>
    public const string SignIn = "gateway-sign-in";
}
