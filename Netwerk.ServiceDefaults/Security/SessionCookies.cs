using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Netwerk.ServiceDefaults.Security;

public static class SessionCookies
{
    /// <summary>The prefix a browser only accepts on a cookie that is Secure, for the whole site (`Path=/`) and for this
    /// host alone (no `Domain`): no other site under the same domain, nor a page over plain http, can set or replace it.</summary>
    public const string HostPrefix = "__Host-";

    /// <summary>A sign-in session's cookie, as every Netwerk site sets it: out of scripts' reach (HttpOnly), sent on
    /// the top-level redirect back from another site but not on its requests (SameSite=Lax), renewed while it is
    /// used, and <see cref="Harden">hardened</see> outside Development.</summary>
    public static void UseNetwerkSessionCookie(this CookieAuthenticationOptions options, string name, TimeSpan lifetime, IHostEnvironment environment)
    {
        options.Cookie.Name = name;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.Harden(environment);
        options.ExpireTimeSpan = lifetime;
        options.SlidingExpiration = true;
    }

    /// <summary>Every cookie of a Netwerk site (a session, an antiforgery token, a sign-in's correlation): outside
    /// Development Secure always and named with <see cref="HostPrefix"/> for the whole site; the service behind the
    /// gateway hears plain http, so "Secure when the request was https" would never be Secure there. In Development,
    /// Secure when the request came over https, so that a browser on `http://localhost` can sign in.</summary>
    public static void Harden(this CookieBuilder cookie, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            return;
        }
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.Path = "/";
        cookie.Domain = null;
        if (cookie.Name is { } name && !name.StartsWith(HostPrefix, StringComparison.Ordinal)) cookie.Name = HostPrefix + name;
    }
}
