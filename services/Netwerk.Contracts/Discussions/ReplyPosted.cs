namespace Netwerk.Contracts.Discussions;

/// <summary>A reply was posted. <paramref name="FollowerIds"/> are those to tell: the thread's followers without the
/// reply's author and without the members it mentions (they hear of it through <see cref="MemberMentioned"/>), so
/// that nobody is told twice of one reply.</summary>
public sealed record ReplyPosted(Guid EventId, DateTimeOffset OccurredAt, ThreadDetails Thread, Guid ReplyId, Guid? AuthorId, string AuthorName,
    IReadOnlyList<Guid> FollowerIds) : IIntegrationEvent;
