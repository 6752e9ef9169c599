namespace Netwerk.Events.Members;

/// <summary>This service's copy of a member's name, shown in registration lists. Kept current from membership's
/// events and from the name in the member's own token; the newest value (by <see cref="NameAsOf"/>) wins.</summary>
public sealed class Attendee
{
    public required Guid MemberId { get; init; }
    public required string DisplayName { get; set; }
    public required DateTimeOffset NameAsOf { get; set; }
}
