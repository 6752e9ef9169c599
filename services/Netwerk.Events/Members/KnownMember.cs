using Netwerk.Messaging.Copies;

namespace Netwerk.Events.Members;

/// <summary>This service's copy of a member's name, shown in registration lists. Kept current from membership's
/// events and from the name in the member's own token; the newest value wins
/// (<see cref="ForeignCopies.KeepNewestAsync{TCopy}"/>).</summary>
public sealed class KnownMember : IForeignCopy
{
    public required Guid MemberId { get; init; }
    public required string DisplayName { get; set; }
    public required DateTimeOffset AsOf { get; set; }
}
