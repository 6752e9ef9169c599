namespace Netwerk.Documents.Groups;

/// <summary>A working group as membership announced it (GroupCreated): a group document must name one.</summary>
public sealed class KnownGroup
{
    public required Guid Id { get; init; }
    public required string Name { get; set; }
}
