namespace Netwerk.Contracts.Discussions;

/// <summary>A reply became a question's accepted answer. <paramref name="FollowerIds"/> are the followers to tell, the
/// answerer among them (without whoever accepted it).</summary>
public sealed record AnswerAccepted(Guid EventId, DateTimeOffset OccurredAt, ThreadDetails Thread, Guid ReplyId, Guid? AnswererId,
    IReadOnlyList<Guid> FollowerIds) : IIntegrationEvent;
