namespace Netwerk.Web.Api;

internal static class GatewayApiNames
{
    /// <summary>The HTTP client to the gateway, with the signed-in member's access token when there is one.</summary>
    public const string Gateway = "gateway";
}
