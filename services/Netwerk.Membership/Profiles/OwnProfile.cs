using Netwerk.Membership.Members;

namespace Netwerk.Membership.Profiles;

public sealed record OwnProfile(
    Guid Id,
    string Email,
    string DisplayName,
    OrganisationView Organisation,
    string JobTitle,
    string Sector,
    string? Region,
    string Status,
    IReadOnlyList<string> Roles,
    IReadOnlyList<Guid> Groups,
    ConsentsView Consents)
{
    public static OwnProfile From(Member member, IEnumerable<string> roles, IReadOnlyList<Guid> groups) => new(member.Id, member.Email!, member.DisplayName,
        new OrganisationView(member.OrganisationName, member.Brin), member.JobTitle, member.Sector, member.Region,
        member.Status.ToString().ToLowerInvariant(), [.. roles.Order()], groups,
        new ConsentsView(member.ConsentDirectory, member.ConsentPartners));
}

public sealed record OrganisationView(string Name, string? Brin);

public sealed record ConsentsView(bool Directory, bool Partners);
