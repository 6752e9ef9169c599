using System.Diagnostics;

namespace Netwerk.LocalServers;

/// <summary>A private PostgreSQL cluster in a data folder of its own, listening on TCP only.</summary>
public static class PostgresServer
{
    public const string SuperUser = "postgres";

    /// <summary>Creates the cluster on first use (initdb) and returns the command that serves it.</summary>
    /// <param name="durable">False in tests: fsync off makes a throw-away cluster several times faster.</param>
    public static ServerCommand Prepare(string dataRoot, int port, string password, bool durable = true)
    {
        var dataDir = Path.Combine(dataRoot, "data");
        if (!File.Exists(Path.Combine(dataDir, "PG_VERSION")))
        {
            InitializeCluster(dataRoot, dataDir, password);
        }

        var arguments = new List<string>
        {
            "-D", dataDir, "-p", port.ToString(), "-c", "listen_addresses=127.0.0.1",
            "-c", "unix_socket_directories=",
            // Above the sum of the pools that may be busy at once: up to 100 connections per service (200 in the
            // benchmarks), several hosts per test run (replicas, test classes side by side). A pool that is full
            // makes a caller wait; a server that is full refuses the connection.
            "-c", "max_connections=1000",
        };
        if (!durable)
        {
            arguments.AddRange(["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]);
        }

        var (fileName, args) = ServiceAccount.RunAs(SuperUser, Binaries.Postgres, arguments);
        return new ServerCommand("postgres", fileName, args, new Dictionary<string, string>(), dataRoot, port,
            "database system is ready to accept connections");
    }

    public static string ConnectionString(int port, string password, string? database = null) =>
        $"Host=127.0.0.1;Port={port};Username={SuperUser};Password={password}" +
        (database is null ? "" : $";Database={database}");

    private static void InitializeCluster(string dataRoot, string dataDir, string password)
    {
        // initdb refuses an existing non-empty folder; a half-made cluster from an interrupted run is thrown away.
        if (Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
        Directory.CreateDirectory(dataDir);
        var passwordFile = Path.Combine(dataRoot, "initdb-password");
        File.WriteAllText(passwordFile, password);
        try
        {
            ServiceAccount.GiveTo(SuperUser, dataRoot);
            var (fileName, args) = ServiceAccount.RunAs(SuperUser, Binaries.InitDb,
            [
                "-D", dataDir, "-U", SuperUser, "--pwfile", passwordFile, "--auth-host=scram-sha-256",
                "--auth-local=peer", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
            ]);
            ProcessRunner.RunToCompletion(fileName, args, dataRoot, TimeSpan.FromMinutes(2));
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }
}
