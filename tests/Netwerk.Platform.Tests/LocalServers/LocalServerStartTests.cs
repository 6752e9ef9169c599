using System.Net;
using System.Net.Sockets;
using Netwerk.LocalServers;

namespace Netwerk.Platform.Tests.LocalServers;

/// <summary>Test assemblies run side by side and each starts its own servers; a port found free can be taken
/// before the server binds it. The start must then move to another port instead of failing the run.</summary>
public sealed class LocalServerStartTests
{
    [Fact]
    public async Task A_server_whose_port_was_taken_meanwhile_starts_on_another()
    {
        // Another process's server on the port: it answers, but it is not ours.
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var takenPort = ((IPEndPoint)squatter.LocalEndpoint).Port;
        var folder = Directory.CreateTempSubdirectory("netwerk-port-test-").FullName;
        var portsTried = new List<int>();

        // The first port offered is the squatter's, as if another process had bound it a moment after it was found.
        await using var redis = await ServerProcess.StartOnFreePortAsync(port =>
        {
            portsTried.Add(port);
            return RedisServer.Prepare(folder, portsTried.Count == 1 ? takenPort : port);
        }, TimeSpan.FromSeconds(30));

        Assert.Equal(2, portsTried.Count);
        Assert.NotEqual(takenPort, redis.Command.Port);
        Assert.Contains($"port={redis.Command.Port}", redis.Output);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Ports_handed_out_lie_below_the_kernels_ephemeral_range_and_are_never_handed_out_twice()
    {
        var ports = Enumerable.Range(0, 200).Select(_ => FreePort.Find()).ToList();

        Assert.All(ports, port => Assert.InRange(port, 1024, 32767));
        Assert.Equal(ports.Count, ports.Distinct().Count());
    }
}
