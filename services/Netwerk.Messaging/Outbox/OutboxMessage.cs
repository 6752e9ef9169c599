namespace Netwerk.Messaging.Outbox;

/// <summary>An integration event waiting to be published, written in the same transaction as the change that
/// caused it. Its id is the event's id, which becomes the broker message id.</summary>
public sealed class OutboxMessage
{
    public required Guid Id { get; init; }
    public required string EventType { get; init; }
    public required string Payload { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>W3C traceparent of the request that raised the event, so the trace continues over the broker.</summary>
    public string? TraceParent { get; init; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
}
