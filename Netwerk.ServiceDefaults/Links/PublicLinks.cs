using Microsoft.Extensions.Configuration;

namespace Netwerk.ServiceDefaults.Links;

/// <summary>Absolute addresses for what leaves a service (partner webhooks, calendar entries, e-mail): built on the
/// gateway's public address (`PublicBaseUrl`, else the token issuer, which is the gateway).</summary>
public sealed class PublicLinks(IConfiguration configuration)
{
    private readonly Uri _base = new((configuration["PublicBaseUrl"] ?? configuration["Identity:Issuer"] ?? DevelopmentGateway.Address).TrimEnd('/') + "/");

    /// <summary>The public address of a path such as <c>api/events/{id}</c>.</summary>
    public string To(string path) => new Uri(_base, path.TrimStart('/')).ToString();

    public string Host => _base.Host;
}
