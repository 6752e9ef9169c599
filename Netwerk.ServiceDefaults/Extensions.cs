using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Netwerk.ServiceDefaults.Http;
using Netwerk.ServiceDefaults.Idempotency;
using Netwerk.ServiceDefaults.ProblemDetails;
using Netwerk.ServiceDefaults.Security;

namespace Microsoft.Extensions.Hosting;

/// <summary>What every Netwerk process (services and gateway) gets with one call.</summary>
public static class Extensions
{
    /// <summary>Health checks with this tag describe other processes; only the gateway's readiness includes them.</summary>
    public const string DownstreamTag = "downstream";
    private const string LiveTag = "live";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });
        builder.Services.AddNetwerkProblemDetails();
        return builder;
    }

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        return builder;
    }

    /// <summary>What every service's request pipeline starts with, in this order: the security headers, HEAD answered
    /// as GET, problem details for whatever goes wrong after it, the caller's token checked (services check it
    /// themselves, not only the gateway), `Idempotency-Key` on every POST, the health endpoints and the service's
    /// OpenAPI document. The service maps its own API after this.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseHeadAsGet();
        app.UseNetwerkProblemDetails();
        // Named here, after the HEAD rewrite: left implicit, routing would run first and pick GET endpoints for GET only.
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseIdempotencyKeys();
        app.MapDefaultEndpoints();
        app.MapOpenApi();
        return app;
    }

    /// <summary>`/alive`: the process answers. `/health`: it and everything it depends on (database, broker) work.
    /// Mapped in every environment: the gateway's readiness and an orchestrator's probes rely on them.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = check => !check.Tags.Contains(DownstreamTag),
        }).AllowAnonymous();
        app.MapHealthChecks("/alive", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag),
        }).AllowAnonymous();
        return app;
    }
}
