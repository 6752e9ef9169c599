using System.Net;
using System.Net.Sockets;

namespace Netwerk.LocalServers;

public static class FreePort
{
    /// <summary>A port the operating system just handed out on loopback; free until someone else takes it.</summary>
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
