using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Gateway.Health;
using Netwerk.ServiceDefaults.Telemetry;
using Netwerk.Testing;
using OpenTelemetry.Trace;

namespace Netwerk.Platform.Tests.Telemetry;

/// <summary>The dashboard of a platform at rest: the services and the gateway run for a minute while the probes do
/// what they do around the clock (YARP's active health checks on their timer, readiness and liveness asked every few
/// seconds), and none of it reaches an exporter — while a request made in that minute does, in one trace.</summary>
public sealed class QuietTracesTests : IAsyncLifetime
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<string, List<Activity>> _exported = new();
    // Activities created whether sampled or not (a listener that asks for no more than propagation changes no
    // sampling decision), to show that the probes really ran in that minute.
    private readonly ConcurrentBag<string> _started = [];
    private ActivityListener _listener = null!;
    private PlatformSlice _slice = null!;
    private ServiceFactory<ServiceHealthCheck> _gateway = null!;

    public async Task InitializeAsync()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Yarp.ReverseProxy",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.PropagationData,
            ActivityStarted = activity => _started.Add(activity.OperationName),
        };
        ActivitySource.AddActivityListener(_listener);
        var servers = await TestServers.SharedAsync();
        _slice = await PlatformSlice.StartAsync(servers, await servers.Broker.NewVirtualHostAsync(), configureEach: ExportTo);
        // Behind the gateway's clusters nothing listens here (the services are in this process, not on ports): its
        // probes fail, which is when YARP probes most persistently.
        var nowhere = "http://127.0.0.1:9";
        _gateway = new ServiceFactory<ServiceHealthCheck>(
            ServiceReadiness.Services.ToDictionary(service => $"Services:{service}:http:0", _ => (string?)nowhere)
                .Append(new("ConnectionStrings:redis", servers.RedisConnectionString))
                .Append(new("Identity:Issuer", "http://localhost/"))
                .ToDictionary(),
            services => ExportTo("gateway", services));
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _slice.DisposeAsync();
        _listener.Dispose();
    }

    [Fact]
    public async Task A_minute_at_rest_exports_no_probe_span_and_a_request_in_it_is_still_one_trace()
    {
        var gateway = _gateway.CreateClient();
        var probed = new[] { _slice.Membership.CreateClient(), _slice.Notifications.CreateClient(), _slice.Events.CreateClient(),
            _slice.Documents.CreateClient(), _slice.Discussions.CreateClient(), gateway };
        var traceId = ActivityTraceId.CreateRandom();
        var until = Stopwatch.StartNew();
        var registered = false;
        while (until.Elapsed < Idle)
        {
            // What the orchestrator and an operator's monitoring ask, every few seconds.
            foreach (var client in probed)
            {
                (await client.GetAsync("/alive")).Dispose();
                (await client.GetAsync("/health")).Dispose();
            }
            (await gateway.GetAsync("/health/ready")).Dispose();
            if (!registered && until.Elapsed > Idle / 2)
            {
                var client = _slice.Membership.CreateClient();
                client.DefaultRequestHeaders.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
                (await _slice.RegisterAsync("Sanne Visser", client)).Dispose();
                registered = true;
            }
            await Task.Delay(TimeSpan.FromSeconds(5));
        }

        Assert.Contains("proxy.cluster_health_checks", _started);
        Assert.Contains("proxy.destination_health_check", _started);
        var probes = Exported().Where(span => IsProbe(span.Span)).Select(span => $"{span.Service}: {span.Span.DisplayName} {Path(span.Span)}").ToList();
        Assert.True(probes.Count == 0, "probe spans were exported:\n" + string.Join("\n", probes.Distinct().Take(20)));

        var consumed = await Eventually.ReturnsAsync(() => Task.FromResult(Exported().Where(s => s.Span.TraceId == traceId).ToList()),
            spans => spans.Any(s => s.Service == "notifications" && s.Span.Kind == ActivityKind.Consumer));
        Assert.Contains(consumed, s => s.Service == "membership" && s.Span.Kind == ActivityKind.Server);
    }

    private void ExportTo(string service, IServiceCollection services) =>
        services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(_exported.GetOrAdd(service, _ => [])));

    private List<(string Service, Activity Span)> Exported() =>
        [.. _exported.SelectMany(pair => { lock (pair.Value) return pair.Value.Select(span => (pair.Key, span)).ToList(); })];

    private static bool IsProbe(Activity span) =>
        ProbeSpans.ProxyHealthChecks.Contains(span.OperationName)
        || Path(span) is { } path && (path.StartsWith("/health", StringComparison.Ordinal) || path.StartsWith("/alive", StringComparison.Ordinal));

    /// <summary>The path a server span answered or a client span asked for.</summary>
    private static string? Path(Activity span) =>
        span.GetTagItem("url.path") as string
        ?? (span.GetTagItem("url.full") is string full && Uri.TryCreate(full, UriKind.Absolute, out var address) ? address.AbsolutePath : null);
}
