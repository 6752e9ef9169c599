using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using OpenTelemetry.Trace;

namespace Netwerk.ServiceDefaults.Telemetry;

/// <summary>What keeps the probes out of the traces an operator reads: the health endpoints' requests, the HTTP calls
/// to them (the gateway's readiness, YARP's active health checks), and YARP's own health-check spans. Each is dropped
/// where it starts, so what it calls (a database's health query, the probe's HTTP call) has an unsampled parent and is
/// dropped with it.</summary>
public static class ProbeSpans
{
    /// <summary>The spans YARP starts on its own timer, one per cluster and one per destination, every few seconds.</summary>
    public static readonly IReadOnlySet<string> ProxyHealthChecks = new HashSet<string>(StringComparer.Ordinal)
    {
        "proxy.cluster_health_checks",
        "proxy.destination_health_check",
    };

    public static bool IsProbePath(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/alive");

    public static bool IsProbe(Uri? address) => address is not null && IsProbePath(new PathString(address.AbsolutePath));

    /// <summary>The default sampler (a child follows its parent, a root is sampled) except for YARP's health-check roots.</summary>
    public sealed class Sampler : OpenTelemetry.Trace.Sampler
    {
        private readonly ParentBasedSampler _default = new(new AlwaysOnSampler());

        public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
            samplingParameters.ParentContext.TraceId == default && ProxyHealthChecks.Contains(samplingParameters.Name)
                ? new SamplingResult(SamplingDecision.Drop)
                : _default.ShouldSample(samplingParameters);
    }
}
