using Microsoft.AspNetCore.Http;

namespace Netwerk.ServiceDefaults.Http;

/// <summary>Who a service's anonymous caller is: the address the gateway saw (the last `X-Forwarded-For` entry, the
/// one the gateway wrote), else the connection's. Behind the gateway the connection's address is the gateway's own,
/// the same for every client.</summary>
public static class ClientAddress
{
    public static string Of(HttpContext context)
    {
        var forwarded = context.Request.Headers["X-Forwarded-For"].ToString();
        var last = forwarded.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return last ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
