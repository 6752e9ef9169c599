namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>One thing that happened, as partners see it: the body is serialised once and stored, so every attempt
/// and every subscription receives the same bytes under the same `webhook-id`.</summary>
public sealed class WebhookMessage
{
    public required Guid Id { get; init; }
    public required string Type { get; init; }
    /// <summary>`{type, timestamp, data}` as sent.</summary>
    public required string Body { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>The integration event it came from (null for test messages).</summary>
    public Guid? SourceEventId { get; init; }
    /// <summary>The member the body names, so their data can be removed when they leave.</summary>
    public Guid? SubjectMemberId { get; init; }
    /// <summary>The trace of the change that caused it, so a delivery shows up in the same trace as the change.</summary>
    public string? TraceParent { get; init; }

    /// <summary>The Standard Webhooks message id, stable across retries: receivers deduplicate on it.</summary>
    public string WebhookId => FormatId(Id);

    public static string FormatId(Guid id) => $"msg_{id:N}";
}
