namespace Netwerk.Discussions.Groups;

/// <summary>Who belongs to which working group, as membership announced it: a group's threads are for them (and for
/// moderators).</summary>
public sealed class KnownGroupMember
{
    public required Guid GroupId { get; init; }
    public required Guid MemberId { get; init; }
}
