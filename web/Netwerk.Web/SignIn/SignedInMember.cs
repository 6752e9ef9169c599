using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace Netwerk.Web.SignIn;

/// <summary>"Who is signed in?", read one way by every page: from the cascading authentication state, null for a
/// visitor. Markup that only differs for members uses `<AuthorizeView>`.</summary>
public static class SignedInMember
{
    public static async Task<ClaimsPrincipal?> MemberAsync(this Task<AuthenticationState>? authentication) =>
        authentication is not null && (await authentication).User is { Identity.IsAuthenticated: true } member ? member : null;
}
