using Netwerk.Membership.Members;

namespace Netwerk.Membership.Decisions;

/// <summary>What an administrator needs to decide on a registration; <c>EmailConfirmed</c> says whether the applicant
/// opened the link sent to the address (the web app asks before approving an unconfirmed one). <c>Roles</c> are an
/// active member's roles, so that the list of active members is also where an administrator sees who holds which.</summary>
public sealed record RegistrationSummary(
    Guid Id,
    string Email,
    bool EmailConfirmed,
    string DisplayName,
    string OrganisationName,
    string? Brin,
    string JobTitle,
    string Sector,
    string? Region,
    string Status,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? DecidedAt,
    string? RejectionReason,
    IReadOnlyList<string> Roles)
{
    public static RegistrationSummary From(Member member, IReadOnlyList<string> roles) => new(member.Id, member.Email!, member.EmailConfirmed,
        member.DisplayName, member.OrganisationName, member.Brin, member.JobTitle, member.Sector, member.Region,
        member.Status.ToString().ToLowerInvariant(), member.RegisteredAt, member.DecidedAt, member.RejectionReason, roles);
}
