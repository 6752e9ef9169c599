namespace Netwerk.Discussions.Moderation;

/// <summary>A member's report of a thread or reply (<see cref="ReplyId"/>): open until a moderator hides or restores
/// the post. One open report per member and post.</summary>
public sealed class Report
{
    public required Guid Id { get; init; }
    public required Guid ThreadId { get; init; }
    public Guid? ReplyId { get; init; }
    /// <summary>Null once the reporter left the network.</summary>
    public Guid? ReporterId { get; set; }
    public required string Reason { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; set; }
}
