namespace Netwerk.Documents.Groups;

/// <summary>Who belongs to which working group, as membership announced it: group documents are for them.</summary>
public sealed class KnownGroupMember
{
    public required Guid GroupId { get; init; }
    public required Guid MemberId { get; init; }
}
