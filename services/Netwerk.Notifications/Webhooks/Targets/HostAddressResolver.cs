using System.Net;

namespace Netwerk.Notifications.Webhooks.Targets;

/// <summary>Turns a host name into addresses. One seam, so that a test can make a name point elsewhere between
/// subscribing and delivering, as DNS rebinding would.</summary>
public interface IHostAddressResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

internal sealed class DnsHostAddressResolver : IHostAddressResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        IPAddress.TryParse(host, out var literal) ? Task.FromResult(new[] { literal }) : Dns.GetHostAddressesAsync(host, cancellationToken);
}
