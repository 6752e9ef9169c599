using System.Diagnostics.Metrics;

namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>What operators watch in the dashboard: attempts by outcome, how long partners take to answer, and how
/// many deliveries wait per subscription.</summary>
public sealed class WebhookMetrics
{
    public const string MeterName = "Netwerk.Notifications";

    private readonly Counter<long> _attempts;
    private readonly Histogram<double> _duration;
    private readonly Histogram<double> _latency;
    private volatile IReadOnlyDictionary<Guid, long> _queueDepth = new Dictionary<Guid, long>();

    public WebhookMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _attempts = meter.CreateCounter<long>("netwerk.webhooks.attempts", "{attempt}",
            "Webhook delivery attempts by outcome: succeeded, retrying, failed (schedule used up), gone (410), refused (blocked address).");
        _duration = meter.CreateHistogram<double>("netwerk.webhooks.attempt.duration", "ms", "How long a partner's endpoint took to answer.");
        _latency = meter.CreateHistogram<double>("netwerk.webhooks.delivery.latency", "ms",
            "From the message's creation to its successful delivery, retries included.");
        meter.CreateObservableGauge("netwerk.webhooks.queue.depth", ObserveQueueDepth, "{delivery}", "Deliveries waiting, per subscription.");
    }

    public void Attempted(string outcome, TimeSpan duration)
    {
        _attempts.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        _duration.Record(duration.TotalMilliseconds);
    }

    public void Delivered(TimeSpan sinceCreated) => _latency.Record(sinceCreated.TotalMilliseconds);

    public void QueueDepthIs(IReadOnlyDictionary<Guid, long> depth) => _queueDepth = depth;

    private IEnumerable<Measurement<long>> ObserveQueueDepth() =>
        _queueDepth.Select(entry => new Measurement<long>(entry.Value, new KeyValuePair<string, object?>("subscription", entry.Key.ToString())));
}
