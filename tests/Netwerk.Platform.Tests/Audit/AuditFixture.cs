using Netwerk.Testing;

namespace Netwerk.Platform.Tests.Audit;

/// <summary>A platform slice in which an administrator may point a webhook at this machine (plain HTTP, loopback), so
/// every kind of administrative action can be taken without a partner's server.</summary>
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
        });
    }

    public Task DisposeAsync() => Slice.DisposeAsync().AsTask();
}
