using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace Netwerk.ServiceDefaults.Auth;

/// <summary>Connects to Redis while the process starts, not on the first request. The client's connection is made
/// synchronously by its singleton's factory: when a burst of requests is the first to need it, every one of them
/// blocks on that singleton, the thread pool starves, and the connection that would release them cannot complete.</summary>
internal sealed class RedisConnectionAtStartup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        Task.Run(() => services.GetRequiredService<IConnectionMultiplexer>(), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
