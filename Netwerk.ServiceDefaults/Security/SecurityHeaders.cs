using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;

namespace Netwerk.ServiceDefaults.Security;

/// <summary>The headers every response carries, set once where every response passes: in the gateway for all that
/// leaves the platform, and in each service (defence in depth, and for calls that do not come through the gateway).
/// A header the endpoint or the service behind the gateway already set is left as it is.
/// <list type="bullet">
/// <item>`X-Content-Type-Options: nosniff`: a browser takes a document for what its content type says, never for
/// what its bytes look like (an uploaded text that looks like HTML stays text).</item>
/// <item>`Content-Security-Policy` with `frame-ancestors 'none'` and `X-Frame-Options: DENY` for older browsers: no
/// page of the platform can be framed (the unsubscribe page's button could otherwise be clicked through a disguise).
/// API answers load nothing at all; a page that needs more says so with <see cref="ContentSecurityPolicy"/>.</item>
/// <item>`Referrer-Policy: no-referrer`: links in the platform's pages and mail (an unsubscribe link carries its
/// signature) are not told to the sites they lead to.</item>
/// <item>`Cache-Control: no-store` on the answer to a request with credentials (a bearer token, or a session cookie
/// that signed the request in: the web app's and the account pages'), unless the endpoint chose otherwise: what
/// belongs to a signed-in member (profile, export, inbox) stays out of shared and browser caches.</item>
/// <item>`Strict-Transport-Security` outside Development: once a browser has been here over https it never comes
/// over plain http again (browsers ignore the header on an http answer, so it is sent whoever terminates TLS).</item>
/// </list></summary>
public static class SecurityHeaders
{
    public const string StrictTransportSecurity = "max-age=31536000";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var strictTransport = !app.ApplicationServices.GetRequiredService<IHostEnvironment>().IsDevelopment();
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                SetHeaders(context);
                if (strictTransport) context.Response.Headers.TryAdd(HeaderNames.StrictTransportSecurity, StrictTransportSecurity);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    private static void SetHeaders(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.TryAdd(HeaderNames.XContentTypeOptions, "nosniff");
        headers.TryAdd(HeaderNames.XFrameOptions, "DENY");
        headers.TryAdd("Referrer-Policy", "no-referrer");
        headers.TryAdd(HeaderNames.ContentSecurityPolicy,
            context.GetEndpoint()?.Metadata.GetMetadata<ContentSecurityPolicy>()?.Policy ?? ContentSecurityPolicy.Api.Policy);
        if (context.Request.Headers.ContainsKey(HeaderNames.Authorization) || context.User.Identity?.IsAuthenticated == true)
        {
            headers.TryAdd(HeaderNames.CacheControl, "no-store");
        }
    }
}
