using Netwerk.Testing;

namespace Netwerk.Platform.Tests.Audit;

/// <summary>A platform slice in which an administrator may point a webhook at this machine (plain HTTP, loopback), so
/// every kind of administrative action can be taken without a partner's server, and a delivery there fails at once.</summary>
public sealed class AuditFixture : IAsyncLifetime
{
    public PlatformSlice Slice { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        Slice = await PlatformSlice.StartAsync(servers, await servers.Broker.NewVirtualHostAsync(), settings: new Dictionary<string, string?>
        {
            ["Webhooks:Targets:RequireHttps"] = "false",
            ["Webhooks:Targets:AllowLoopback"] = "true",
            // A delivery to a closed port fails for good within a second, so it can be redelivered.
            ["Webhooks:Delivery:RetryDelays:0"] = "00:00:00.100",
            ["Webhooks:Delivery:PollInterval"] = "00:00:00.100",
        });
    }

    public Task DisposeAsync() => Slice.DisposeAsync().AsTask();
}
