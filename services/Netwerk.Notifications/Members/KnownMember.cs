using Netwerk.Messaging.Copies;

namespace Netwerk.Notifications.Members;

/// <summary>This service's copy of an approved member: where their e-mail goes and the name it greets them by, kept
/// from membership's events; the newest value wins (<see cref="ForeignCopies.KeepNewestAsync{TCopy}"/>).</summary>
public sealed class KnownMember : IForeignCopy
{
    public required Guid MemberId { get; init; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required DateTimeOffset AsOf { get; set; }
}
