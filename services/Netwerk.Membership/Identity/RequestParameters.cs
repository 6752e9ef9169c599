using Microsoft.Extensions.Primitives;

namespace Netwerk.Membership.Identity;

/// <summary>An OAuth request's parameters wherever they came: the form of a POST, else the query (OpenIddict reads
/// them the same way). The authorization and end-session endpoints and the consent page pass them on as a query.</summary>
internal static class RequestParameters
{
    public static IEnumerable<KeyValuePair<string, StringValues>> Of(HttpRequest request) =>
        request.HasFormContentType ? request.Form : request.Query;

    public static string Value(HttpRequest request, string name) =>
        Of(request).FirstOrDefault(p => p.Key == name).Value.ToString();
}
