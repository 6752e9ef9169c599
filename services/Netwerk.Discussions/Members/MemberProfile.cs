using Netwerk.Messaging.Copies;

namespace Netwerk.Discussions.Members;

/// <summary>What this service knows of a member beyond their name, from membership's events: whether they are in the
/// directory (only then may they be written to or named as someone who can help), whether they share their name with
/// partners (a need's author in `need.created`), and their school's sector (the needs summary). Kept apart from
/// <see cref="KnownMember"/>, which a member's own token also refreshes and which holds only the name.</summary>
public sealed class MemberProfile : IForeignCopy
{
    public required Guid MemberId { get; init; }
    public required bool InDirectory { get; set; }
    public required bool SharesWithPartners { get; set; }
    /// <summary>`po` or `vo`.</summary>
    public required string Sector { get; set; }
    public required DateTimeOffset AsOf { get; set; }
}
