namespace Netwerk.LocalServers;

/// <summary>Finds the Debian server binaries, whether or not their folders are on PATH.</summary>
public static class Binaries
{
    public static string Postgres => PostgresTool("postgres");
    public static string InitDb => PostgresTool("initdb");
    public static string RedisServer => Find("redis-server", "/usr/bin/redis-server");

    /// <summary>The real server script, not Debian's wrapper in /usr/sbin, which insists on switching users and
    /// sends the log to a fixed file.</summary>
    public static string RabbitMqServer => Find("rabbitmq-server", "/usr/lib/rabbitmq/bin/rabbitmq-server", preferFallback: true);

    public static bool AllPresent(out IReadOnlyList<string> missing)
    {
        var list = new List<string>();
        foreach (var (name, resolve) in new (string, Func<string>)[]
                 {
                     ("postgres", () => Postgres), ("initdb", () => InitDb), ("redis-server", () => RedisServer),
                     ("rabbitmq-server", () => RabbitMqServer),
                 })
        {
            if (!File.Exists(resolve())) list.Add(name);
        }
        missing = list;
        return list.Count == 0;
    }

    /// <summary>Debian keeps PostgreSQL's server programs in a versioned folder; the newest installed wins.</summary>
    private static string PostgresTool(string tool)
    {
        var versioned = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(dir => Path.Combine(dir, "bin", tool))
                .Where(File.Exists)
                .OrderByDescending(path => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(path))), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return versioned ?? Find(tool, tool);
    }

    private static string Find(string name, string fallback, bool preferFallback = false)
    {
        if (preferFallback && File.Exists(fallback)) return fallback;
        var onPath = (System.Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
        return onPath ?? fallback;
    }
}
