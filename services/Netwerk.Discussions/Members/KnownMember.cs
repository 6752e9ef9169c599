using Netwerk.Messaging.Copies;

namespace Netwerk.Discussions.Members;

/// <summary>This service's copy of a member's name, shown beside their threads and replies. Kept from the member's own
/// token and from membership's events; the newest value wins.</summary>
public sealed class KnownMember : IForeignCopy
{
    public required Guid MemberId { get; init; }
    public required string DisplayName { get; set; }
    public required DateTimeOffset AsOf { get; set; }
}
