using Netwerk.ServiceDefaults.Auth;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Netwerk.Membership.Identity;

/// <summary>The OAuth clients membership knows: `netwerk-web` (first-party scripts and tests, password grant), the
/// web app and partners from `Identity:Clients`, and `partner-demo` (webhooks; in Development also a code-flow client
/// for the README's example). API.md names them.</summary>
internal static class NetwerkClients
{
    public const string ScriptsClientId = "netwerk-web";
    public const string WebAppClientId = WebAppClient.Id;
    public const string PartnerDemoClientId = "partner-demo";

    /// <summary>What a partner's or school's application may ask for on a member's behalf.</summary>
    private static readonly string[] MemberScopes = [Scopes.Email, Scopes.Profile, Scopes.Roles, IdentitySetup.ApiScope];

    public static OpenIddictApplicationDescriptor Scripts() => new()
    {
        ClientId = ScriptsClientId,
        ClientType = ClientTypes.Public,
        DisplayName = "Netwerk scripts",
        ConsentType = ConsentTypes.Implicit,
        Permissions =
        {
            Permissions.Endpoints.Token, Permissions.Endpoints.Revocation,
            Permissions.GrantTypes.Password, Permissions.GrantTypes.RefreshToken,
            Permissions.Prefixes.Scope + IdentitySetup.ApiScope,
        },
    };

    /// <summary>The registrations of configuration, with the defaults Development fills in: the web app behind the
    /// gateway, and the demo partner's sign-in on a local address.</summary>
    public static Dictionary<string, ClientRegistration> Configured(IConfiguration configuration, IHostEnvironment environment,
        string webAppSecret, string partnerDemoSecret, Uri issuer)
    {
        var clients = configuration.GetSection("Identity:Clients").Get<Dictionary<string, ClientRegistration>>() ?? [];
        var webApp = clients.GetValueOrDefault(WebAppClientId) ?? new ClientRegistration();
        webApp.FirstParty = true;
        webApp.DisplayName ??= "Netwerk";
        webApp.Secret = webAppSecret;
        if (environment.IsDevelopment())
        {
            if (webApp.RedirectUris.Count == 0) webApp.RedirectUris.Add(new Uri(issuer, "signin-oidc").ToString());
            if (webApp.PostLogoutRedirectUris.Count == 0) webApp.PostLogoutRedirectUris.Add(new Uri(issuer, "signout-callback-oidc").ToString());
        }
        clients[WebAppClientId] = webApp;

        var partner = clients.GetValueOrDefault(PartnerDemoClientId) ?? new ClientRegistration();
        partner.DisplayName ??= "Demo partner";
        partner.Secret = partnerDemoSecret;
        partner.ClientCredentials = true;
        if (environment.IsDevelopment() && partner.RedirectUris.Count == 0) partner.RedirectUris.Add("http://localhost:5099/callback");
        clients[PartnerDemoClientId] = partner;
        return clients;
    }

    public static OpenIddictApplicationDescriptor Describe(string clientId, ClientRegistration registration)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = string.IsNullOrEmpty(registration.Secret) ? null : registration.Secret,
            ClientType = string.IsNullOrEmpty(registration.Secret) ? ClientTypes.Public : ClientTypes.Confidential,
            DisplayName = registration.DisplayName ?? clientId,
            ConsentType = registration.FirstParty ? ConsentTypes.Implicit : ConsentTypes.Explicit,
        };
        if (registration.RedirectUris.Count > 0)
        {
            foreach (var uri in registration.RedirectUris) descriptor.RedirectUris.Add(new Uri(uri));
            foreach (var uri in registration.PostLogoutRedirectUris) descriptor.PostLogoutRedirectUris.Add(new Uri(uri));
            descriptor.Permissions.UnionWith([
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.Endpoints.Revocation, Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code, .. MemberScopes.Select(scope => Permissions.Prefixes.Scope + scope),
            ]);
            descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        }
        if (descriptor.ClientType == ClientTypes.Confidential) descriptor.Permissions.Add(Permissions.Endpoints.Introspection);
        if (registration.ClientCredentials)
        {
            descriptor.Permissions.UnionWith([
                Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + IdentitySetup.WebhooksScope,
            ]);
        }
        return descriptor;
    }
}
