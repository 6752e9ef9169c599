using Microsoft.Extensions.Http.Resilience;
using Netwerk.Web.SignIn;

namespace Netwerk.Web.Api;

internal static class GatewayApiSetup
{
    // RemoveAllResilienceHandlers is marked for evaluation; it is the one way to replace the handler the service
    // defaults give every client.
#pragma warning disable EXTEXP0001
    public static void AddGatewayApi(this IHostApplicationBuilder builder)
    {
        var gateway = MemberSignIn.GatewayAddress(builder.Configuration);
        builder.Services.AddHttpContextAccessor();
        // The pages set their own patience per call (GatewayApi); the defaults' 10-second attempt would cut an upload
        // short, and a retried POST could register a member twice, so only safe methods are retried.
        builder.Services.AddHttpClient(GatewayApiNames.Gateway, client => client.BaseAddress = gateway)
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(options =>
            {
                options.Retry.DisableForUnsafeHttpMethods();
                options.AttemptTimeout.Timeout = TimeSpan.FromMinutes(2);
                options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(3);
                options.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(5);
            });
        // The live inbox is one answer that lasts as long as the page is open: no timeout, no retry.
        builder.Services.AddHttpClient(GatewayApiNames.Stream, client =>
            {
                client.BaseAddress = gateway;
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .RemoveAllResilienceHandlers();
        builder.Services.AddScoped<GatewayApi>();
    }
#pragma warning restore EXTEXP0001
}
