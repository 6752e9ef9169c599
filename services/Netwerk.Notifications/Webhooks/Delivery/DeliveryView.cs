namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>One message in a subscription's delivery log, with every attempt made.</summary>
public sealed record DeliveryView(
    Guid Id,
    string WebhookId,
    string Type,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? CompletedAt,
    IReadOnlyList<AttemptView> Attempts)
{
    public static DeliveryView From(WebhookDelivery d) => new(d.Id, d.Message.WebhookId, d.Message.Type, d.Status.ToString().ToLowerInvariant(),
        d.CreatedAt, d.NextAttemptAt, d.CompletedAt,
        d.Attempts.OrderBy(a => a.Number).Select(a => new AttemptView(a.Number, a.StartedAt, a.DurationMs, a.StatusCode, a.Succeeded, a.Error, a.Response)).ToList());
}

public sealed record AttemptView(int Number, DateTimeOffset StartedAt, int DurationMs, int? StatusCode, bool Succeeded, string? Error, string? Response);

/// <summary>The answer to a test request: what to look for at the endpoint.</summary>
public sealed record TestMessageSent(Guid DeliveryId, string WebhookId);

/// <summary>The answer to a recovery: how many failed messages go out again.</summary>
public sealed record RecoveryStarted(int Deliveries);

/// <summary>`{since}` of a recovery.</summary>
public sealed record RecoveryRequest(DateTimeOffset? Since);
