using Netwerk.Membership.Members;
using Netwerk.Membership.Profiles;

namespace Netwerk.Membership.Directory;

/// <summary>What members see of each other: no e-mail address, only what the profile shows.</summary>
public sealed record DirectoryEntry(Guid Id, string DisplayName, OrganisationView Organisation, string JobTitle, string Sector, string? Region)
{
    public static DirectoryEntry From(Member member) => new(member.Id, member.DisplayName,
        new OrganisationView(member.OrganisationName, member.Brin), member.JobTitle, member.Sector, member.Region);
}
