using Microsoft.AspNetCore.Server.Kestrel.Core;
using Netwerk.Gateway.Cors;
using Netwerk.Gateway.Health;
using Netwerk.Gateway.RateLimiting;
using Netwerk.ServiceDefaults.Auth;

namespace Netwerk.Gateway;

internal static class Extensions
{
    public static void AddGatewayServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddServiceDiscoveryDestinationResolver();
        builder.AddServiceReadinessChecks();
        builder.AddGatewayCors();
        builder.AddNetwerkRedis();
        builder.AddEdgeTokenValidation();
        builder.AddClientRateLimit();
        // Kestrel's default (30 MB) would cut off document uploads, which may be 50 MB (API.md) plus their form; each
        // service still enforces its own, smaller limits.
        var maximumBody = builder.Configuration.GetValue<long?>("Gateway:MaxRequestBodyBytes") ?? 64L * 1024 * 1024;
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = maximumBody);
    }
}
