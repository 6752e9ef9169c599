using Netwerk.LocalServers;

namespace Netwerk.Benchmarks.Platform;

/// <summary>PostgreSQL (durable, as in production: fsync on), RabbitMQ and Redis from Debian's packages, in a
/// temporary folder on free ports; the same code that starts them for the AppHost and the tests.</summary>
internal sealed class BenchmarkServers : IAsyncDisposable
{
    private const string Password = "netwerk-benchmarks";
    private readonly List<ServerProcess> _processes = [];

    private BenchmarkServers(string root) => Root = root;

    public string Root { get; }
    /// <summary>The services' logs; kept after the run (the servers' data is not).</summary>
    public string Logs { get; } = Directory.CreateTempSubdirectory("netwerk-bench-logs-").FullName;
    public string PostgresAdmin { get; private set; } = "";
    public string Broker { get; private set; } = "";
    public string Redis { get; private set; } = "";

    public string Database(string name) => $"{PostgresAdmin};Database={name}";

    public static async Task<BenchmarkServers> StartAsync()
    {
        var root = Directory.CreateTempSubdirectory("netwerk-bench-");
        // PostgreSQL runs as its own account when we are root and must be able to reach its folder.
        if (!OperatingSystem.IsWindows()) root.UnixFileMode |= UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        var servers = new BenchmarkServers(root.FullName);
        var starting = new[]
        {
            ServerProcess.StartOnFreePortAsync(port => PostgresServer.Prepare(Path.Combine(root.FullName, "postgres"), port, Password, durable: true), TimeSpan.FromSeconds(60)),
            ServerProcess.StartOnFreePortAsync(port => RabbitMqServer.Prepare(Path.Combine(root.FullName, "rabbitmq"), port, FreePort.Find()), TimeSpan.FromSeconds(90)),
            ServerProcess.StartOnFreePortAsync(port => RedisServer.Prepare(Path.Combine(root.FullName, "redis"), port), TimeSpan.FromSeconds(30)),
        };
        var (postgres, broker, redis) = (await starting[0], await starting[1], await starting[2]);
        servers._processes.AddRange([postgres, broker, redis]);
        servers.PostgresAdmin = PostgresServer.ConnectionString(postgres.Command.Port, Password) + ";Maximum Pool Size=200";
        servers.Broker = RabbitMqServer.ConnectionString(broker.Command.Port);
        servers.Redis = RedisServer.ConnectionString(redis.Command.Port);
        return servers;
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(_processes.Select(p => p.DisposeAsync().AsTask()));
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
