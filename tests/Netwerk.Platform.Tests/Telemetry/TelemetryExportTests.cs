using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Testing;
using OpenTelemetry.Trace;

namespace Netwerk.Platform.Tests.Telemetry;

/// <summary>What the dashboard receives: the spans each service exports through OpenTelemetry, not only the
/// activities that exist in the process.</summary>
public sealed class TelemetryExportTests : IAsyncLifetime
{
    private readonly List<Activity> _membershipSpans = [];
    private readonly List<Activity> _notificationsSpans = [];
    private PlatformSlice _slice = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestServers.SharedAsync();
        _slice = await PlatformSlice.StartAsync(servers, await servers.Broker.NewVirtualHostAsync(),
            membership => membership.AddOpenTelemetry().WithTracing(t => t.AddInMemoryExporter(_membershipSpans)),
            notifications => notifications.AddOpenTelemetry().WithTracing(t => t.AddInMemoryExporter(_notificationsSpans)));
    }

    public Task DisposeAsync() => _slice.DisposeAsync().AsTask();

    [Fact]
    public async Task Request_outbox_and_consumer_spans_are_exported_in_one_trace()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var client = _slice.Membership.CreateClient();
        client.DefaultRequestHeaders.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        await _slice.RegisterAsync("Fenna de Boer", client);

        var consumed = await Eventually.ReturnsAsync(
            () => Task.FromResult(Spans(_notificationsSpans, traceId).Where(s => s.Kind == ActivityKind.Consumer).ToList()),
            spans => spans.Count > 0);

        Assert.NotEmpty(consumed);
        var membership = Spans(_membershipSpans, traceId);
        Assert.Contains(membership, s => s.Kind == ActivityKind.Server && s.DisplayName.Contains("/api/members/registrations"));
        Assert.Contains(membership, s => s.OperationName.StartsWith("outbox publish"));
    }

    private static List<Activity> Spans(List<Activity> exported, ActivityTraceId traceId)
    {
        lock (exported) return exported.Where(s => s.TraceId == traceId).ToList();
    }
}
