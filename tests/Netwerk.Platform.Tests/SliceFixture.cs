using Netwerk.Testing;

namespace Netwerk.Platform.Tests;

/// <summary>A <see cref="PlatformSlice"/> on the run's broker, in a virtual host of its own, for one test class.</summary>
public sealed class SliceFixture : IAsyncLifetime
{
    public PlatformSlice Slice { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        Slice = await PlatformSlice.StartAsync(servers, await servers.Broker.NewVirtualHostAsync());
    }

    public Task DisposeAsync() => Slice.DisposeAsync().AsTask();
}
