using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Notifications.Webhooks.Delivery;
using Netwerk.Testing;

namespace Netwerk.Notifications.Tests.Webhooks;

/// <summary>What the dashboard shows of deliveries, read from this service's own meter.</summary>
public sealed class MetricsTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task Attempts_are_counted_by_outcome_and_timed()
    {
        var meters = fixture.Service.Services.GetRequiredService<IMeterFactory>();
        var outcomes = new ConcurrentDictionary<string, long>();
        var durations = new ConcurrentBag<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WebhookMetrics.MeterName && instrument.Meter.Scope == meters) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name != "netwerk.webhooks.attempts") return;
            foreach (var tag in tags) if (tag.Key == "outcome") outcomes.AddOrUpdate((string)tag.Value!, value, (_, n) => n + value);
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            if (instrument.Name == "netwerk.webhooks.attempt.duration") durations.Add(value);
        });
        listener.Start();

        var url = fixture.Receiver.On("/measured", (_, count) => Task.FromResult<(int, IReadOnlyDictionary<string, string>?)>((count == 1 ? 500 : 200, null)));
        await fixture.SubscribeAsync("measured", url, "event.scheduled");
        await fixture.PublishAsync(PartnerEvents.Scheduled());

        await Eventually.ReturnsAsync(() => Task.FromResult(outcomes.GetValueOrDefault("succeeded")), n => n >= 1);
        Assert.Equal(1, outcomes.GetValueOrDefault("retrying"));
        Assert.Equal(1, outcomes.GetValueOrDefault("succeeded"));
        Assert.True(durations.Count >= 2);
    }
}
