namespace Netwerk.Web.Conversations;

/// <summary>Someone in a conversation; "oud-lid" without an id once they left the network.</summary>
public sealed record ConversationMember(Guid? MemberId, string DisplayName);

/// <summary>A conversation in the list, with whom and how many of the others' messages are unread.</summary>
public sealed record ConversationLine(Guid Id, string Subject, IReadOnlyList<ConversationMember> With, DateTimeOffset LastMessageAt, int MessageCount,
    int UnreadCount);

public sealed record ConversationMessage(Guid Id, Guid? AuthorId, string AuthorName, string Body, DateTimeOffset SentAt, bool Mine);

/// <summary>One conversation with a page of its messages, oldest first.</summary>
public sealed record Conversation(Guid Id, string Subject, IReadOnlyList<ConversationMember> Participants, DateTimeOffset StartedAt,
    IReadOnlyList<ConversationMessage> Messages, string? NextCursor);
