namespace Netwerk.Notifications.Webhooks.Delivery;

public enum DeliveryStatus
{
    Pending,
    Succeeded,
    Failed,
}

/// <summary>A message on its way to one subscription: stored in the same transaction that consumed the integration
/// event, claimed by a dispatcher under a lease, retried on the schedule until it succeeds or the schedule ends.</summary>
public sealed class WebhookDelivery
{
    public required Guid Id { get; init; }
    public required Guid MessageId { get; init; }
    public WebhookMessage Message { get; init; } = null!;
    public required Guid SubscriptionId { get; init; }
    public DeliveryStatus Status { get; set; }
    /// <summary>Attempts made so far, over every round (numbering the log).</summary>
    public int AttemptCount { get; set; }
    /// <summary>Failures in the current round: the position in the retry schedule. A redelivery starts a new round.</summary>
    public int FailuresThisRound { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    /// <summary>A dispatcher holds the delivery until then; a dispatcher that died lets it go when the lease runs out.</summary>
    public DateTimeOffset? LeasedUntil { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; set; }
    public List<WebhookAttempt> Attempts { get; init; } = [];
}
