using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Netwerk.ServiceDefaults.Security;

public static class SessionCookies
{
    /// <summary>A sign-in session's cookie, as every Netwerk site sets it: out of scripts' reach (HttpOnly), sent on
    /// the top-level redirect back from another site but not on its requests (SameSite=Lax), Secure whenever the
    /// request came over https, and renewed while it is used.</summary>
    public static void UseNetwerkSessionCookie(this CookieAuthenticationOptions options, string name, TimeSpan lifetime)
    {
        options.Cookie.Name = name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = lifetime;
        options.SlidingExpiration = true;
    }
}
