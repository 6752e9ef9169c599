namespace Netwerk.Discussions.Conversations;

/// <summary>A private conversation between members: a subject and messages, seen only by its participants.</summary>
public sealed class Conversation
{
    public required Guid Id { get; init; }
    public required string Subject { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset LastMessageAt { get; set; }
    public int MessageCount { get; set; }
}
