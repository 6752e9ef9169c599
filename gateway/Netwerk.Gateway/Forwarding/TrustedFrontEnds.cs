using System.Net;
using System.Security.Cryptography;
using System.Text;
using Netwerk.ServiceDefaults.Http;

namespace Netwerk.Gateway.Forwarding;

/// <summary>First in the pipeline: a request from a first-party front end that shows its key (<see
/// cref="FrontEndForwarding"/>) counts as its visitor's, the last `X-Forwarded-For` entry the front end wrote. The
/// connection's address is replaced with the visitor's, so the gateway's limit and YARP's `X-Forwarded-For` (which
/// it sets anew, dropping what the client sent) name the visitor, and membership's limits follow. Without a known key
/// nothing changes: a client's own `X-Forwarded-For` buys nothing. Not by source address: in Development every
/// process and every client is on the loopback network.</summary>
internal sealed class TrustedFrontEnds(RequestDelegate next, IConfiguration configuration, ILogger<TrustedFrontEnds> logger)
{
    private readonly byte[][] _keys = configuration.GetSection(FrontEndForwarding.GatewaySection).GetChildren()
        .Select(frontEnd => frontEnd["Key"])
        .Where(key => !string.IsNullOrEmpty(key))
        .Select(key => Digest(key!))
        .ToArray();

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        if (!headers.TryGetValue(FrontEndForwarding.KeyHeader, out var presented)) return next(context);
        headers.Remove(FrontEndForwarding.KeyHeader);

        if (!IsKnown(presented.ToString()))
        {
            logger.LogWarning("A request from {Address} showed a front-end key the gateway does not know", context.Connection.RemoteIpAddress);
        }
        else if (Visitor(headers["X-Forwarded-For"].ToString()) is { } visitor)
        {
            context.Connection.RemoteIpAddress = visitor;
        }
        return next(context);
    }

    private bool IsKnown(string presented)
    {
        if (_keys.Length == 0 || presented.Length == 0) return false;
        var digest = Digest(presented);
        // Every key is compared, each in constant time: the answer's timing tells nothing of the keys.
        var known = false;
        foreach (var key in _keys) known |= CryptographicOperations.FixedTimeEquals(key, digest);
        return known;
    }

    /// <summary>The entry the front end added last (it saw the visitor as the gateway's `X-Forwarded-For` named them).</summary>
    private static IPAddress? Visitor(string forwardedFor) =>
        forwardedFor.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault() is { } last
        && IPAddress.TryParse(last, out var address) ? address : null;

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
