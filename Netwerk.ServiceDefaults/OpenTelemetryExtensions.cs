using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Netwerk.ServiceDefaults.Telemetry;

namespace Microsoft.Extensions.Hosting;

public static class OpenTelemetryExtensions
{
    /// <summary>Activity sources and meters of the libraries every service uses. Npgsql and Redis register their
    /// own through the Aspire client integrations; MassTransit and our outbox are named here.</summary>
    private static readonly string[] Sources = ["MassTransit", "Netwerk.Messaging", "Yarp.ReverseProxy"];

    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                // A service's own meter is named after it (notifications: webhook deliveries by outcome, queue depth).
                .AddMeter(builder.Environment.ApplicationName)
                .AddMeter(Sources))
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(Sources)
                // Probes every few seconds, around the clock, would drown the traces people look for (ProbeSpans).
                .SetSampler(new ProbeSpans.Sampler())
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !ProbeSpans.IsProbePath(context.Request.Path))
                .AddHttpClientInstrumentation(options => options.FilterHttpRequestMessage = request => !ProbeSpans.IsProbe(request.RequestUri)));

        // The AppHost sets this for every resource, so telemetry reaches the dashboard; elsewhere nothing is exported.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }
        return builder;
    }
}
