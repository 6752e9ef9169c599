namespace Netwerk.Discussions.Replies;

/// <summary>"Dit hielp me": one per member and reply (its key).</summary>
public sealed class HelpfulMark
{
    public required Guid ReplyId { get; init; }
    public required Guid MemberId { get; init; }
    public required DateTimeOffset MarkedAt { get; init; }
}
