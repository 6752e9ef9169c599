using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
/// <item>`Cache-Control: no-store` on the answer to a request with credentials, unless the endpoint chose otherwise:
/// what belongs to a signed-in member (profile, export, inbox) stays out of shared and browser caches.</item>
/// </list></summary>
public static class SecurityHeaders
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            var headers = context.Response.Headers;
            headers.TryAdd(HeaderNames.XContentTypeOptions, "nosniff");
            headers.TryAdd(HeaderNames.XFrameOptions, "DENY");
            headers.TryAdd("Referrer-Policy", "no-referrer");
            headers.TryAdd(HeaderNames.ContentSecurityPolicy,
                context.GetEndpoint()?.Metadata.GetMetadata<ContentSecurityPolicy>()?.Policy ?? ApiPolicy);
            if (context.Request.Headers.ContainsKey(HeaderNames.Authorization)) headers.TryAdd(HeaderNames.CacheControl, "no-store");
            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}
