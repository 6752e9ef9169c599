using Netwerk.Messaging.Copies;

namespace Netwerk.Documents.Members;

/// <summary>This service's copy of a member's name, shown as a document's author. Kept from the member's own token
/// and from membership's events; the newest value wins (<see cref="ForeignCopies.KeepNewestAsync{TCopy}"/>).</summary>
public sealed class KnownMember : IForeignCopy
{
    public required Guid MemberId { get; init; }
    public required string DisplayName { get; set; }
    public required DateTimeOffset AsOf { get; set; }
}
