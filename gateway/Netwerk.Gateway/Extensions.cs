using Netwerk.Gateway.Cors;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.Gateway.Health;

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
        builder.AddRedisClient("redis");
        builder.AddNetwerkTokenValidation();
    }
}
