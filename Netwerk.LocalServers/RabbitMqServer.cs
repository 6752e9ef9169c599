namespace Netwerk.LocalServers;

/// <summary>A private RabbitMQ node with its own name, ports and folders, so it never meets the system's node.</summary>
public static class RabbitMqServer
{
    public static ServerCommand Prepare(string dataRoot, int port, int distributionPort)
    {
        foreach (var folder in new[] { "mnesia", "log", "home" })
        {
            Directory.CreateDirectory(Path.Combine(dataRoot, folder));
        }
        var pluginsFile = Path.Combine(dataRoot, "enabled_plugins");
        File.WriteAllText(pluginsFile, "[].");

        var environment = new Dictionary<string, string>
        {
            // Erlang keeps its cookie in HOME; a folder of our own keeps it away from the system node's.
            ["HOME"] = Path.Combine(dataRoot, "home"),
            ["RABBITMQ_NODENAME"] = $"netwerk-{port}@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port.ToString(),
            ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(dataRoot, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(dataRoot, "log"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = pluginsFile,
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(dataRoot, "rabbitmq"),
        };
        return new ServerCommand("rabbitmq", Binaries.RabbitMqServer, [], environment, dataRoot, port, "Server startup complete");
    }

    /// <summary>RabbitMQ's guest account may connect from localhost only, which is all a private node needs.</summary>
    public static string ConnectionString(int port, string? virtualHost = null) =>
        $"amqp://guest:guest@127.0.0.1:{port}/{Uri.EscapeDataString(virtualHost ?? "")}";

    /// <summary>Adds a virtual host open to guest: a separate set of exchanges and queues on the same node, so tests
    /// sharing one node do not consume each other's messages.</summary>
    public static void AddVirtualHost(ServerCommand node, string virtualHost)
    {
        var control = Path.Combine(Path.GetDirectoryName(node.FileName)!, "rabbitmqctl");
        var nodeName = node.Environment["RABBITMQ_NODENAME"];
        ProcessRunner.RunToCompletion(control, ["-n", nodeName, "add_vhost", virtualHost], node.WorkingDirectory,
            TimeSpan.FromMinutes(1), node.Environment);
        ProcessRunner.RunToCompletion(control, ["-n", nodeName, "set_permissions", "-p", virtualHost, "guest", ".*", ".*", ".*"],
            node.WorkingDirectory, TimeSpan.FromMinutes(1), node.Environment);
    }
}
