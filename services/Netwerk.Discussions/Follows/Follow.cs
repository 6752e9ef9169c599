namespace Netwerk.Discussions.Follows;

/// <summary>A member who hears of a thread's new replies and accepted answer: its author and repliers at once, anyone
/// else who asks (its key: one per member and thread).</summary>
public sealed class Follow
{
    public required Guid ThreadId { get; init; }
    public required Guid MemberId { get; init; }
    public required DateTimeOffset Since { get; init; }
}
