using Netwerk.LocalServers;
using Npgsql;

namespace Netwerk.Testing;

/// <summary>A throw-away PostgreSQL cluster; every test class asks it for a database of its own.</summary>
public sealed class PostgresInstance
{
    private const string Password = "netwerk-tests";

    private PostgresInstance(ServerProcess process, int port)
    {
        Process = process;
        Port = port;
    }

    public ServerProcess Process { get; }
    public int Port { get; }

    public static async Task<PostgresInstance> StartAsync(string dataRoot)
    {
        var process = await ServerProcess.StartOnFreePortAsync(
            port => PostgresServer.Prepare(dataRoot, port, Password, durable: false), TimeSpan.FromSeconds(60));
        return new PostgresInstance(process, process.Command.Port);
    }

    /// <summary>The connection string of a database that does not exist yet; the service's migrations create it.</summary>
    public string NewDatabase(string prefix) =>
        PostgresServer.ConnectionString(Port, Password, $"{prefix}_{Guid.NewGuid():N}");

    public static async Task<T> QueryScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs a statement (a test moving a stored time into the past); returns the rows it changed.</summary>
    public static async Task<int> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>The tables of the database with a row whose text holds <paramref name="text"/> anywhere (any column, case
    /// ignored): what an erasure test asks of every table at once, so a table added later is asked too.</summary>
    public static async Task<IReadOnlyList<string>> TablesHoldingAsync(string connectionString, string text)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var holding = new List<string>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT EXISTS (SELECT 1 FROM \"{table}\" t WHERE t::text ILIKE @pattern)", connection);
            command.Parameters.AddWithValue("pattern", "%" + text.Replace("%", "\\%").Replace("_", "\\_") + "%");
            if ((bool)(await command.ExecuteScalarAsync())!) holding.Add(table);
        }
        return holding;
    }
}
