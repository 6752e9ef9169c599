using System.Net;
using System.Net.Sockets;

namespace Netwerk.LocalServers;

public static class FreePort
{
    // Below Linux's ephemeral range (32768–60999 by default). A port from that range, once released, may be handed
    // by the kernel to any outgoing connection or to another process binding port 0 before our server binds it,
    // which is how test assemblies running side by side once started PostgreSQL on a port already in use.
    private const int Lowest = 20000;
    private const int Highest = 32767;
    private static readonly HashSet<int> HandedOut = [];

    /// <summary>A loopback port that was free a moment ago and that this process has not handed out before; free
    /// until someone else takes it, so starting a server on it may still fail (see
    /// <see cref="ServerProcess.StartOnFreePortAsync"/>).</summary>
    public static int Find()
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            var port = Random.Shared.Next(Lowest, Highest + 1);
            lock (HandedOut)
            {
                if (!HandedOut.Add(port)) continue;
            }
            if (IsFree(port)) return port;
        }
        throw new InvalidOperationException($"No free loopback port between {Lowest} and {Highest}.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
