namespace Netwerk.Notifications.Groups;

/// <summary>A working group's name, copied from `GroupCreated`, for the texts of group notices.</summary>
public sealed class KnownGroup
{
    public required Guid Id { get; init; }
    public required string Name { get; set; }
}
