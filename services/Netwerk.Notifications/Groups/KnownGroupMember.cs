using Netwerk.Messaging.Copies;

namespace Netwerk.Notifications.Groups;

/// <summary>Who is in which working group, copied from `GroupMemberJoined`/`GroupMemberLeft`: whom to tell about a
/// group's documents and events. A leave keeps the row, inactive, so that an older join arriving late changes
/// nothing.</summary>
public sealed class KnownGroupMember : IForeignCopy
{
    public required Guid GroupId { get; init; }
    public required Guid MemberId { get; init; }
    public required DateTimeOffset AsOf { get; set; }
    public bool Active { get; set; }
}
