namespace Netwerk.Discussions.Groups;

/// <summary>A working group as membership announced it (GroupCreated): enough to check a group thread's group.</summary>
public sealed class KnownGroup
{
    public required Guid Id { get; init; }
    public required string Name { get; set; }
}
