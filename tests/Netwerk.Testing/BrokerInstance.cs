using Netwerk.LocalServers;

namespace Netwerk.Testing;

/// <summary>A RabbitMQ node that a test can stop and start again on the same port, as an outage would.</summary>
public sealed class BrokerInstance
{
    private readonly int _port;

    private BrokerInstance(ServerProcess process, int port)
    {
        Process = process;
        _port = port;
        ConnectionString = RabbitMqServer.ConnectionString(port);
    }

    public ServerProcess Process { get; }
    /// <summary>The default virtual host; for a test that owns the whole node.</summary>
    public string ConnectionString { get; }

    /// <summary>A virtual host of the caller's own: its queues see only the caller's messages.</summary>
    public async Task<string> NewVirtualHostAsync()
    {
        var name = $"test-{Guid.NewGuid():N}";
        await Task.Run(() => RabbitMqServer.AddVirtualHost(Process.Command, name));
        return RabbitMqServer.ConnectionString(_port, name);
    }

    public static async Task<BrokerInstance> StartAsync(string dataRoot)
    {
        var process = await ServerProcess.StartOnFreePortAsync(
            port => RabbitMqServer.Prepare(dataRoot, port, FreePort.Find()), TimeSpan.FromSeconds(90));
        return new BrokerInstance(process, process.Command.Port);
    }

    public Task StopAsync() => Process.StopAsync();

    public Task StartAgainAsync() => Process.StartAsync(TimeSpan.FromSeconds(90));
}
