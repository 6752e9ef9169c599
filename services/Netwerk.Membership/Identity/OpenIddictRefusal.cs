using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace Netwerk.Membership.Identity;

/// <summary>An OAuth error answered by OpenIddict in the form the endpoint speaks: JSON from the token endpoint, a
/// redirect to the client with `error` from the authorization endpoint.</summary>
internal static class OpenIddictRefusal
{
    public static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
