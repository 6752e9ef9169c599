using System.Security.Claims;
using Netwerk.Membership.Members;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Netwerk.Membership.Identity;

internal static class MemberPrincipal
{
    /// <summary>Kept in refresh tokens only: a refresh is refused once the member's security stamp changed
    /// (password, roles, erasure).</summary>
    public const string SecurityStampClaim = "netwerk_stamp";

    public static ClaimsPrincipal Create(Member member, IEnumerable<string> roles, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(
            authenticationType: "netwerk", nameType: Claims.Name, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, member.Id.ToString())
            .SetClaim(Claims.Email, member.Email)
            .SetClaim(Claims.Name, member.DisplayName)
            .SetClaim(Claims.EmailVerified, member.EmailConfirmed)
            .SetClaim(SecurityStampClaim, member.SecurityStamp)
            .SetClaims(Claims.Role, [.. roles]);
        identity.SetScopes(scopes);
        // Kept in codes and refresh tokens whatever the destinations; `email_verified` only says something to the
        // client (identity token, userinfo), not to the services.
        identity.SetDestinations(claim => claim.Type switch
        {
            SecurityStampClaim => [],
            Claims.EmailVerified when identity.HasScope(Scopes.OpenId) => [Destinations.IdentityToken],
            Claims.EmailVerified => [],
            Claims.Email or Claims.Name or Claims.Role when identity.HasScope(Scopes.OpenId) => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return new ClaimsPrincipal(identity);
    }

    public static ClaimsPrincipal CreateForClient(string clientId, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(authenticationType: "netwerk", nameType: Claims.Name, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetScopes(scopes);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}
