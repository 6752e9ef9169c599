using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;

namespace Netwerk.Gateway.Health;

/// <summary>A service is ready when it answers its own /health (through service discovery) and the proxy routes to
/// it: right after a start or a restart the service may be healthy seconds before the proxy's liveness probe lets
/// requests through again, and ready must mean that a request routed now is served.</summary>
internal sealed class ServiceHealthCheck(HttpClient client, IProxyStateLookup proxy, string cluster) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await client.GetAsync("/health", cancellationToken);
            if (!response.IsSuccessStatusCode) return HealthCheckResult.Unhealthy($"/health answered {(int)response.StatusCode}");
            return proxy.TryGetCluster(cluster, out var state) && state.DestinationsState.AvailableDestinations.Count > 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The service is up, but the gateway does not send requests to it yet.");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}
