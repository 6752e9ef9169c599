using System.Net;

namespace Netwerk.Web.Api;

/// <summary>On the clients that carry the member's access token: a 401 to a request that carried one becomes a
/// <see cref="SessionEndedException"/>, whoever made the call, so that the visit ends in signing in again instead of
/// a page whose every part says "(fout 401)" under the member's name. A 401 without a token is an answer like any
/// other (a visitor asking for something members see).</summary>
internal sealed class SessionRefusal : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized || request.Headers.Authorization is null) return response;
        response.Dispose();
        throw new SessionEndedException();
    }
}
