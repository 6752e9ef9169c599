using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Netwerk.Gateway.Health;

/// <summary>Asks one service's /health through service discovery.</summary>
internal sealed class ServiceHealthCheck(HttpClient client) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await client.GetAsync("/health", cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"/health answered {(int)response.StatusCode}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy(exception.Message);
        }
    }
}
