namespace Netwerk.Contracts.Discussions;

/// <summary>A member wrote in a private conversation (the first message starts it). <paramref name="RecipientIds"/>
/// are the other participants, to tell; the text stays in the discussions service, and nothing of it goes to
/// partners.</summary>
public sealed record ConversationMessageSent(Guid EventId, DateTimeOffset OccurredAt, Guid ConversationId, Guid MessageId, string Subject,
    Guid SenderId, string SenderName, IReadOnlyList<Guid> RecipientIds, string Url) : IIntegrationEvent;
