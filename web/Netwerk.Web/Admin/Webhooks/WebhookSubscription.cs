namespace Netwerk.Web.Admin.Webhooks;

/// <summary>A partner's webhook subscription (`GET /api/webhooks/subscriptions`; administrators see every partner's).</summary>
public sealed record WebhookSubscription(Guid Id, string Url, IReadOnlyList<string> EventTypes, string? Description, string? ContactEmail, bool Enabled,
    string? DisabledReason, DateTimeOffset CreatedAt, DateTimeOffset? LastSuccessAt, DateTimeOffset? FailingSince, string OwnerClientId);

/// <summary>One message of a delivery log, with its attempts.</summary>
public sealed record WebhookDelivery(Guid Id, string WebhookId, string Type, string Status, DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt,
    IReadOnlyList<WebhookAttempt> Attempts)
{
    public string DutchStatus => Status switch { "succeeded" => "afgeleverd", "failed" => "mislukt", "pending" => "bezig", _ => Status };
}

/// <summary>One attempt to deliver a message.</summary>
public sealed record WebhookAttempt(int Number, DateTimeOffset StartedAt, int DurationMs, int? StatusCode, bool Succeeded, string? Error);
