using System.Net;
using System.Net.Sockets;

namespace Netwerk.Notifications.Webhooks.Targets;

/// <summary>Opens the TCP connection of a webhook call only to an address the <see cref="AddressPolicy"/> allows,
/// resolving the name itself: the address checked is the address connected to, so a name that changed since the
/// subscription was made (DNS rebinding) cannot lead us inside.</summary>
public sealed class GuardedConnection(AddressPolicy addresses, IHostAddressResolver resolver)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        var resolved = await resolver.ResolveAsync(endpoint.Host, cancellationToken);
        var refusals = new List<string>();
        foreach (var address in resolved)
        {
            if (addresses.Refusal(address) is { } refusal)
            {
                refusals.Add(refusal);
                continue;
            }
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException)
            {
                socket.Dispose();
                if (address == resolved[^1]) throw;
            }
        }
        throw new RefusedTargetException(refusals.Count > 0
            ? $"Refused to connect to {endpoint.Host}: {string.Join("; ", refusals)}."
            : $"{endpoint.Host} does not resolve.");
    }
}

/// <summary>The target's address is one we may not call.</summary>
public sealed class RefusedTargetException(string message) : Exception(message);
