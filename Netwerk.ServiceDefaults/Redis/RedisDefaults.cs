using StackExchange.Redis;

namespace Microsoft.Extensions.Hosting;

public static class RedisDefaults
{
    /// <summary>The Redis connection every Netwerk process uses ("redis", as the AppHost names it).</summary>
    /// <remarks>The client's socket work and the completions of its calls run on the .NET thread pool instead of the
    /// client's own pool of dedicated threads. Every authenticated request asks Redis whether its subject is revoked,
    /// and on two cores each hand-over to and from a dedicated thread wakes a sleeping thread or spins one. Measured
    /// on the events service at one connection: 18 % less CPU per request and 14 % more requests/s (README,
    /// Benchmarks). The connection itself is made while the process starts (in the services by
    /// <c>RedisConnectionAtStartup</c>, in the gateway by its revocation mirror), so its synchronous connect cannot hold
    /// thread-pool threads under a first burst of requests.</remarks>
    public static TBuilder AddNetwerkRedis<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddRedisClient("redis", configureOptions: options => options.SocketManager = SocketManager.ThreadPool);
        return builder;
    }
}
