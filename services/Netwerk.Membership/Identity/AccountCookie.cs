using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Netwerk.ServiceDefaults.Security;

namespace Netwerk.Membership.Identity;

/// <summary>The cookie that keeps a member signed in at membership (the single sign-on session behind
/// `/connect/authorize`). HttpOnly, SameSite=Lax (the redirect back from a client's own site must carry it), Secure
/// and `__Host-` outside Development (<see cref="SessionCookies"/>); eight hours, renewed while used.</summary>
internal static class AccountCookie
{
    public const string Name = "netwerk_account";

    public static void Configure(CookieAuthenticationOptions options, IHostEnvironment environment)
    {
        options.UseNetwerkSessionCookie(Name, TimeSpan.FromHours(8), environment);
        options.LoginPath = "/account/inloggen";
        options.LogoutPath = "/account/uitloggen";
        options.AccessDeniedPath = "/account/inloggen";
        options.ReturnUrlParameter = "terug";
        options.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
    }
}
