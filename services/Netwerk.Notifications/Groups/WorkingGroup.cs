namespace Netwerk.Notifications.Groups;

/// <summary>A working group's name, copied from `GroupCreated`, for the texts of group notices.</summary>
public sealed class WorkingGroup
{
    public required Guid Id { get; init; }
    public required string Name { get; set; }
}

/// <summary>Who is in which working group, copied from `GroupMemberJoined`/`GroupMemberLeft`: whom to tell about a
/// group's documents and events.</summary>
public sealed class GroupMember
{
    public required Guid GroupId { get; init; }
    public required Guid MemberId { get; init; }
    /// <summary>The newest join or leave applied; an older event arriving late changes nothing.</summary>
    public required DateTimeOffset ChangedAt { get; set; }
    public bool Active { get; set; }
}
