namespace Netwerk.Notifications.Webhooks.Subscriptions;

/// <summary>A partner's request to receive some event types at a URL, signed with a secret only they and we know.</summary>
public sealed class WebhookSubscription
{
    public required Guid Id { get; init; }
    /// <summary>The partner client (the token's subject) that created it; only they and administrators see it.</summary>
    public required string OwnerClientId { get; init; }
    public required string Url { get; set; }
    public required List<string> EventTypes { get; set; }
    public string? Description { get; set; }
    /// <summary>Where to tell the partner when their endpoint is disabled.</summary>
    public string? ContactEmail { get; set; }
    public bool Enabled { get; set; } = true;
    public string? DisabledReason { get; set; }
    public DateTimeOffset? DisabledAt { get; set; }
    public required string Secret { get; set; }
    /// <summary>After a rotation the old secret signs beside the new one until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? PreviousSecret { get; set; }
    public DateTimeOffset? PreviousSecretExpiresAt { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? LastSuccessAt { get; set; }
    /// <summary>The first failure since the last success: five days of failing disables the subscription.</summary>
    public DateTimeOffset? FailingSince { get; set; }
    public uint Revision { get; set; }

    /// <summary>The secrets that sign a message sent at <paramref name="now"/>: the current one, and the previous one
    /// while its overlap lasts.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTimeOffset now) => SigningSecrets(Secret, PreviousSecret, PreviousSecretExpiresAt, now);

    /// <summary>The same, from the columns (the dispatcher reads them without loading the subscription).</summary>
    public static IReadOnlyList<string> SigningSecrets(string secret, string? previousSecret, DateTimeOffset? previousSecretExpiresAt,
        DateTimeOffset now) =>
        previousSecret is not null && previousSecretExpiresAt > now ? [secret, previousSecret] : [secret];
}
