namespace Netwerk.Contracts.Discussions;

/// <summary>A thread or reply names members with `@` and their id; only members who may see the thread are in
/// <paramref name="MentionedIds"/>. <paramref name="ReplyId"/> is null when the thread's own text names them.</summary>
public sealed record MemberMentioned(Guid EventId, DateTimeOffset OccurredAt, ThreadDetails Thread, Guid? ReplyId, string ByName,
    IReadOnlyList<Guid> MentionedIds) : IIntegrationEvent;
