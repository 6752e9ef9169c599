namespace Netwerk.Discussions.Conversations;

/// <summary>A member in a conversation, and up to when they read it: the messages after <see cref="ReadUpTo"/> that
/// others wrote are their unread ones. A member who leaves the network leaves the conversation too.</summary>
public sealed class ConversationParticipant
{
    public required Guid ConversationId { get; init; }
    public required Guid MemberId { get; init; }
    public required DateTimeOffset ReadUpTo { get; set; }
}
