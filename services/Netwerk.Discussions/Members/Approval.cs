namespace Netwerk.Discussions.Members;

/// <summary>When membership approved a member: a member approved less than a day ago posts within the new members'
/// limits (<see cref="Posting.PostingLimits"/>).</summary>
public sealed class Approval
{
    public required Guid MemberId { get; init; }
    public required DateTimeOffset ApprovedAt { get; init; }
}
