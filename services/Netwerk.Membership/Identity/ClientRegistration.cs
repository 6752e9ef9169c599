namespace Netwerk.Membership.Identity;

/// <summary>A client that signs members in with the authorization code flow, from `Identity:Clients:{clientId}`:
/// the web app (`netwerk-web-app`) and partners' or schools' own applications.</summary>
public sealed class ClientRegistration
{
    public string? DisplayName { get; set; }
    /// <summary>Confidential clients authenticate with it at the token, revocation and introspection endpoints;
    /// without one the client is public (an app on a device) and PKCE alone protects its codes.</summary>
    public string? Secret { get; set; }
    /// <summary>Exact addresses, compared as strings: never patterns.</summary>
    public List<string> RedirectUris { get; set; } = [];
    public List<string> PostLogoutRedirectUris { get; set; } = [];
    /// <summary>Netwerk's own clients sign members in without asking; anyone else's ask the member's consent once.</summary>
    public bool FirstParty { get; set; }
    /// <summary>May also get tokens for itself (partners' webhooks, scope `webhooks`).</summary>
    public bool ClientCredentials { get; set; }
}
