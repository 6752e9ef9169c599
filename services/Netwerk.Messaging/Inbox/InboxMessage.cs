namespace Netwerk.Messaging.Inbox;

/// <summary>Proof that a consumer has applied an event; stored in the same transaction as the consumer's effect.</summary>
public sealed class InboxMessage
{
    public required Guid EventId { get; init; }
    public required string Consumer { get; init; }
    public required DateTimeOffset ProcessedAt { get; init; }
}
