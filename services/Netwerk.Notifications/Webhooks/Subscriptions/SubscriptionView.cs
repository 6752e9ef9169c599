using System.Text.Json.Serialization;

namespace Netwerk.Notifications.Webhooks.Subscriptions;

/// <summary>A subscription as its owner sees it. <see cref="Secret"/> is present only in the answer that creates it.</summary>
public sealed record SubscriptionView(
    Guid Id,
    string Url,
    IReadOnlyList<string> EventTypes,
    string? Description,
    string? ContactEmail,
    bool Enabled,
    string? DisabledReason,
    DateTimeOffset? DisabledAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? FailingSince,
    string OwnerClientId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Secret = null)
{
    public static SubscriptionView From(WebhookSubscription s, bool withSecret = false) => new(s.Id, s.Url, s.EventTypes, s.Description,
        s.ContactEmail, s.Enabled, s.DisabledReason, s.DisabledAt, s.CreatedAt, s.LastSuccessAt, s.FailingSince, s.OwnerClientId,
        withSecret ? s.Secret : null);
}

/// <summary>The answer to a rotation: the new secret, and until when the old one still signs beside it.</summary>
public sealed record RotatedSecret(string Secret, DateTimeOffset PreviousSecretExpiresAt);
