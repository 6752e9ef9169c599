namespace Netwerk.Membership.Groups;

/// <summary>A working group of the network, such as one of its three ambitions.</summary>
public sealed class WorkingGroup
{
    public required Guid Id { get; init; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    /// <summary>One of the network's three ambitions, present from the start.</summary>
    public bool IsAmbition { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public List<GroupMembership> Members { get; } = [];
}
