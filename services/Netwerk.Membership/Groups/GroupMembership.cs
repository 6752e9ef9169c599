namespace Netwerk.Membership.Groups;

public sealed class GroupMembership
{
    public required Guid GroupId { get; init; }
    public required Guid MemberId { get; init; }
    public required DateTimeOffset JoinedAt { get; init; }
}
