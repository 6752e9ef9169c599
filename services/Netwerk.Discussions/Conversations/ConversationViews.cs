namespace Netwerk.Discussions.Conversations;

/// <summary>A participant of a conversation as others see them; "oud-lid" without an id once they left.</summary>
public sealed record ConversationMember(Guid? MemberId, string DisplayName);

/// <summary>A conversation in the caller's list: whom it is with, the newest message's time, and how many of the
/// others' messages the caller has not read.</summary>
public sealed record ConversationSummary(Guid Id, string Subject, IReadOnlyList<ConversationMember> With, DateTimeOffset LastMessageAt,
    int MessageCount, int UnreadCount);

public sealed record MessageView(Guid Id, Guid? AuthorId, string AuthorName, string Body, DateTimeOffset SentAt, bool Mine);

/// <summary>`GET /api/conversations/{id}`: the participants and the messages, oldest first (paged); reading it marks
/// it read.</summary>
public sealed record ConversationView(Guid Id, string Subject, IReadOnlyList<ConversationMember> Participants, DateTimeOffset StartedAt,
    IReadOnlyList<MessageView> Messages, string? NextCursor);
