namespace Netwerk.ServiceDefaults.Security;

/// <summary>Every Content-Security-Policy the platform sends, side by side, so that a page's allowance is read against
/// the others. As endpoint metadata it names the policy of an endpoint's page; <see cref="SecurityHeaders"/> sends
/// <see cref="Api"/> where an endpoint names none.</summary>
public sealed record ContentSecurityPolicy(string Policy)
{
    /// <summary>API answers load nothing and may be framed by nobody.</summary>
    public static readonly ContentSecurityPolicy Api = new("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");

    /// <summary>For a page made of its own scripts, styles, images and fonts, fetching only from its own origin (the API
    /// reference at `/docs`).</summary>
    public static readonly ContentSecurityPolicy SelfHostedPage = new(
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");

    /// <summary>For a server-rendered page without any script that wears the Netwerk theme's stylesheet (the
    /// unsubscribe page behind an e-mail's link).</summary>
    public static readonly ContentSecurityPolicy ThemedPage = new(
        "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");

    /// <summary>Membership's account pages: nothing but their stylesheet and images. No `form-action`: after signing
    /// in or consenting the browser follows redirects to the client's own redirect URI, which that directive would block.</summary>
    public static readonly ContentSecurityPolicy AccountPage = new(
        "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'");

    /// <summary>The web app's pages may load their own stylesheet, images and one script file, open their own live
    /// stream, post their forms to themselves, and nothing else: no inline script, no other origin. The pages are
    /// server-rendered and work without the script; it adds an upload's progress and the live inbox.</summary>
    public static readonly ContentSecurityPolicy WebAppPage = new(
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; " +
        "frame-ancestors 'none'; base-uri 'self'");

    /// <summary>A refusal shown to a browser as a page (<see cref="ProblemDetails.BrowserProblemPage"/>): the site's
    /// stylesheet, no form, no script.</summary>
    public static readonly ContentSecurityPolicy RefusalPage = new(
        "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
}
