namespace Netwerk.Events.Groups;

/// <summary>A working group as membership announced it (GroupCreated): enough to check and name an event's group.</summary>
public sealed class KnownGroup
{
    public required Guid Id { get; init; }
    public required string Name { get; set; }
}
