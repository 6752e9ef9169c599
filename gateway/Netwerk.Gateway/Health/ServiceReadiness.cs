using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;

namespace Netwerk.Gateway.Health;

internal static class ServiceReadiness
{
    /// <summary>The services behind the gateway and the web app, each the name of its proxy cluster too; each must answer
    /// its own /health, and be routed to, for the platform to be ready.</summary>
    public static readonly string[] Services = ["membership", "documents", "events", "discussions", "notifications", "web"];

    public static void AddServiceReadinessChecks(this IHostApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks();
        foreach (var service in Services)
        {
            builder.Services.AddHttpClient(HealthClientName(service), client =>
            {
                client.BaseAddress = new Uri($"http://{service}");
                client.Timeout = TimeSpan.FromSeconds(5);
            });
            checks.Add(new HealthCheckRegistration(service,
                provider => new ServiceHealthCheck(provider.GetRequiredService<IHttpClientFactory>().CreateClient(HealthClientName(service)),
                    provider.GetRequiredService<IProxyStateLookup>(), cluster: service),
                HealthStatus.Unhealthy,
                [Microsoft.Extensions.Hosting.Extensions.DownstreamTag]));
        }
    }

    /// <summary>`/health/ready`: the gateway and every service behind it.</summary>
    public static void MapReadiness(this IEndpointRouteBuilder routes) =>
        routes.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
        {
            ResponseWriter = ReadinessResponse.WriteAsync,
        });

    private static string HealthClientName(string service) => $"health-{service}";
}
