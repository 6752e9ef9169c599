using Netwerk.ServiceDefaults.Http;

namespace Netwerk.Web.Api;

/// <summary>On every call to the gateway (the pages' API calls, the sign-in's code exchange, a token renewal, the live
/// inbox): the visitor's address as the gateway saw it, and the web app's key, so that the gateway and membership
/// count each visitor as a client of their own instead of the web app as one client for everybody
/// (<see cref="FrontEndForwarding"/>). The key stays in the web app: it goes only to the gateway, which removes it.</summary>
internal sealed class VisitorForwarding(IHttpContextAccessor http, IConfiguration configuration) : DelegatingHandler
{
    private readonly string? _key = configuration[FrontEndForwarding.FrontEndKeySetting] is { Length: > 0 } key ? key : null;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_key is not null && http.HttpContext is { } visit)
        {
            request.Headers.Remove("X-Forwarded-For");
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", ClientAddress.Of(visit));
            request.Headers.Remove(FrontEndForwarding.KeyHeader);
            request.Headers.TryAddWithoutValidation(FrontEndForwarding.KeyHeader, _key);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
