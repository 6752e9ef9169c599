using Microsoft.AspNetCore.Server.Kestrel.Core;
using Netwerk.Gateway.Cors;
using Netwerk.Gateway.Health;
using Netwerk.Gateway.RateLimiting;
using Netwerk.Gateway.Routing;
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
        // Kestrel's own limit stays above every limit RequestBodyLimit sets per request (30 MB, its default, would cut
        // off document uploads of 50 MB); each service still enforces its own, smaller limits.
        // Its request line may be longer than the services take, so that an address too long for them reaches
        // RequestTargetLimit and gets an answer that says so (Kestrel's own 414 is empty).
        builder.Services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Limits.MaxRequestLineSize = RequestTargetLimit.LongestReadLine;
            kestrel.Limits.MaxRequestHeadersTotalSize = RequestTargetLimit.LongestReadLine + 32 * 1024;
        });
    }
}
