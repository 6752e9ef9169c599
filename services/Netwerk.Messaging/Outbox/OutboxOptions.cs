namespace Netwerk.Messaging.Outbox;

public sealed class OutboxOptions
{
    /// <summary>How often the dispatcher looks for due rows when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    public int BatchSize { get; set; } = 100;
    /// <summary>Batches in flight at once: each waits for the broker's confirmations, so one at a time made every
    /// event wait for the batch before it.</summary>
    public int Concurrency { get; set; } = 2;
    /// <summary>How long one publish may wait for the broker's confirmation before the row is tried again later.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Longest pause between attempts for a row the broker would not take.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Sent rows are kept this long for diagnosis, then deleted.</summary>
    public TimeSpan SentRetention { get; set; } = TimeSpan.FromDays(7);
    /// <summary>How often the messaging gauges count: the unsent rows (<see cref="OutboxBacklog{TDbContext}"/>) and the error
    /// queues (<see cref="Monitoring.ErrorQueueGauge"/>).</summary>
    public TimeSpan BacklogInterval { get; set; } = TimeSpan.FromSeconds(5);
}
