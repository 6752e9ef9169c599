using System.Net;
using System.Net.Sockets;

namespace Netwerk.Testing;

/// <summary>An HTTP client that connects from a given address of the loopback network (127.x.y.z), so that the
/// gateway and the services see it as a client of its own: one person of a crowd, for the per-address limits.</summary>
public static class LoopbackClient
{
    /// <param name="asBrowser">Keeps cookies and leaves redirects to the caller, as <see cref="AccountBrowser"/> wants.</param>
    public static HttpClient From(string loopbackAddress, Uri baseAddress, bool asBrowser = false, TimeSpan? timeout = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = !asBrowser,
            UseCookies = asBrowser,
            CookieContainer = new CookieContainer(),
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(IPAddress.Parse(loopbackAddress), 0));
                    await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(15) };
    }
}
