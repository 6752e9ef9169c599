using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Netwerk.ServiceDefaults.Security;

namespace Netwerk.ServiceDefaults.ProblemDetails;

/// <summary>A problem answered to a browser's own request (a page opened or a form posted: `Accept` names
/// `text/html`) is a page in Dutch, not JSON in English: what the gateway refuses on the way to a page (a form too
/// large, an address too long, too many requests, a service that is down) and what membership refuses at its
/// authorization and account pages (an unknown client, a form without its token). Scripts and API clients, which ask
/// for JSON, keep the problem details. The page loads the site's one stylesheet and nothing else.</summary>
public sealed class BrowserProblemPage : IProblemDetailsWriter
{
    public const string Stylesheet = "/_content/Netwerk.Theme/netwerk.css";

    public bool CanWrite(ProblemDetailsContext context) =>
        context.HttpContext.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var status = context.ProblemDetails.Status ?? response.StatusCode;
        TimeSpan? wait = int.TryParse(response.Headers.RetryAfter.ToString(), out var seconds) ? TimeSpan.FromSeconds(seconds) : null;
        var title = WebUtility.HtmlEncode(DutchStatusText.Title(status));
        var text = WebUtility.HtmlEncode(DutchStatusText.Text(status, wait));
        response.ContentType = "text/html; charset=utf-8";
        response.Headers[HeaderNames.ContentSecurityPolicy] = ContentSecurityPolicy.RefusalPage.Policy;
        await response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="nl">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{title} – Netwerk Informatiemanagement po/vo</title>
              <link rel="stylesheet" href="{Stylesheet}">
            </head>
            <body class="utrecht-theme netwerk-theme utrecht-document">
              <main class="netwerk-main" id="inhoud">
                <h1 class="utrecht-heading-1">{title}</h1>
                <p class="utrecht-paragraph">{text}</p>
                <p class="utrecht-paragraph"><a class="utrecht-link" href="/">Naar de startpagina</a></p>
              </main>
            </body>
            </html>
            """, context.HttpContext.RequestAborted);
    }
}
