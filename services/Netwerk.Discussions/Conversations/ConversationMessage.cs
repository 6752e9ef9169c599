namespace Netwerk.Discussions.Conversations;

/// <summary>One message in a conversation: plain text, kept as written (the page escapes it). When its author leaves
/// the network the text is deleted and the author forgotten ("oud-lid").</summary>
public sealed class ConversationMessage
{
    public required Guid Id { get; init; }
    public required Guid ConversationId { get; init; }
    public Guid? AuthorId { get; set; }
    public required string Body { get; set; }
    public required DateTimeOffset SentAt { get; init; }
    public bool Erased { get; set; }
}
