namespace Netwerk.ServiceDefaults.Links;

/// <summary>The gateway's address on a developer's machine (the AppHost's `Netwerk:GatewayPort`, 5080): the issuer of
/// tokens, the base of the links in mail and the web app's way to the API, wherever configuration names none.</summary>
public static class DevelopmentGateway
{
    public const string Address = "http://localhost:5080/";
}
