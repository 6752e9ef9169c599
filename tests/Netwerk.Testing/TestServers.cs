using System.Diagnostics;
using Netwerk.LocalServers;

namespace Netwerk.Testing;

/// <summary>PostgreSQL, RabbitMQ and Redis for one test run: Debian's binaries, the same way the AppHost starts
/// them, on free ports with throw-away data. Started once per test assembly and shared by its tests; tests
/// isolate themselves with databases and queues of their own.</summary>
public sealed class TestServers : IAsyncDisposable
{
    private const string FolderPrefix = "netwerk-tests-";
    private const string OwnerFile = "owner.pid";
    private static readonly SemaphoreSlim StartLock = new(1, 1);
    private static TestServers? _shared;

    private readonly List<ServerProcess> _processes = [];

    private TestServers(string root) => Root = root;

    /// <summary>Folder holding every server's data; deleted when the run ends, or else by the next run.</summary>
    public string Root { get; }
    public PostgresInstance Postgres { get; private set; } = null!;
    public BrokerInstance Broker { get; private set; } = null!;
    public string RedisConnectionString { get; private set; } = "";

    public static async Task<TestServers> SharedAsync()
    {
        await StartLock.WaitAsync();
        try
        {
            if (_shared is not null) return _shared;
            RemoveLeftovers();
            var root = Directory.CreateTempSubdirectory(FolderPrefix);
            await File.WriteAllTextAsync(Path.Combine(root.FullName, OwnerFile), Environment.ProcessId.ToString());
            // PostgreSQL runs as its own account when we are root and must be able to reach its folder.
            if (!OperatingSystem.IsWindows()) root.UnixFileMode |= UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
            var servers = new TestServers(root.FullName);
            await servers.StartAsync();
            // xunit 2 has no assembly-wide teardown; the process exit is the end of the run.
            AppDomain.CurrentDomain.ProcessExit += (_, _) => servers.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return _shared = servers;
        }
        finally
        {
            StartLock.Release();
        }
    }

    /// <summary>Deletes the folders of earlier runs whose test process has ended. Their deletion at process exit does
    /// not always get to run (the test runner ends the test host once its tests are done), and each folder holds
    /// 100–700 MB of server data: a hundred of them (23 GB) had piled up on a machine that runs the tests often.</summary>
    private static void RemoveLeftovers()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = Path.Combine(folder, OwnerFile);
            try
            {
                // A young folder may be another assembly's that is still being set up: its owner file not written yet,
                // or created but still empty (deleting it then failed that assembly's start in CI). Older folders
                // without a running owner are leftovers.
                var young = Directory.GetCreationTimeUtc(folder) > DateTime.UtcNow.AddMinutes(-10);
                var inUse = young || (File.Exists(owner) && IsRunning(File.ReadAllText(owner)));
                if (!inUse) Directory.Delete(folder, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Another test assembly, starting at the same time, got there first.
            }
        }
    }

    private static bool IsRunning(string processId)
    {
        if (!int.TryParse(processId, out var id)) return false;
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>A RabbitMQ node of the caller's own, for tests that stop and start the broker.</summary>
    public async Task<BrokerInstance> StartPrivateBrokerAsync()
    {
        var broker = await BrokerInstance.StartAsync(Path.Combine(Root, $"rabbitmq-{Guid.NewGuid():N}"));
        lock (_processes) _processes.Add(broker.Process);
        return broker;
    }

    private async Task StartAsync()
    {
        // The three start side by side: RabbitMQ's few seconds dominate.
        var postgres = PostgresInstance.StartAsync(Path.Combine(Root, "postgres"));
        var broker = BrokerInstance.StartAsync(Path.Combine(Root, "rabbitmq"));
        var redisStarted = ServerProcess.StartOnFreePortAsync(
            port => RedisServer.Prepare(Path.Combine(Root, "redis"), port), TimeSpan.FromSeconds(30));

        Postgres = await postgres;
        Broker = await broker;
        var redis = await redisStarted;
        RedisConnectionString = RedisServer.ConnectionString(redis.Command.Port);
        _processes.AddRange([Postgres.Process, Broker.Process, redis]);
    }

    public async ValueTask DisposeAsync()
    {
        List<ServerProcess> processes;
        lock (_processes) processes = [.. _processes];
        await Task.WhenAll(processes.Select(p => p.DisposeAsync().AsTask()));
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
