namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>One HTTP call: what the partner's endpoint answered (or why there was no answer). Kept 30 days.</summary>
public sealed class WebhookAttempt
{
    public const int MaximumResponseChars = 4096;

    public required Guid Id { get; init; }
    public required Guid DeliveryId { get; init; }
    public required int Number { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required int DurationMs { get; init; }
    public int? StatusCode { get; init; }
    /// <summary>The first 4 KB of the response body.</summary>
    public string? Response { get; init; }
    public string? Error { get; init; }
    public required bool Succeeded { get; init; }
}
