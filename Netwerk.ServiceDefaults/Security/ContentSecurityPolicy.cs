namespace Netwerk.ServiceDefaults.Security;

/// <summary>Endpoint metadata for an endpoint whose page needs more than <see cref="SecurityHeaders.ApiPolicy"/> (the
/// API reference runs scripts); <see cref="SecurityHeaders"/> sends this policy for it instead.</summary>
public sealed record ContentSecurityPolicy(string Policy)
{
    /// <summary>For a page made of its own scripts, styles, images and fonts, fetching only from its own origin.</summary>
    public static readonly ContentSecurityPolicy SelfHostedPage = new(
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");

    /// <summary>For a server-rendered page without any script that wears the Netwerk theme's stylesheet (the
    /// unsubscribe page behind an e-mail's link).</summary>
    public static readonly ContentSecurityPolicy ThemedPage = new(
        "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
}
