namespace Netwerk.LocalServers;

/// <summary>A private Redis on loopback. Netwerk keeps only caches, limits and fan-out there, so no persistence.</summary>
public static class RedisServer
{
    public static ServerCommand Prepare(string dataRoot, int port)
    {
        Directory.CreateDirectory(dataRoot);
        return new ServerCommand("redis", Binaries.RedisServer,
            ["--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dataRoot],
            new Dictionary<string, string>(), dataRoot, port, "Ready to accept connections");
    }

    public static string ConnectionString(int port) => $"127.0.0.1:{port}";
}
