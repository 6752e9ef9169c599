namespace Netwerk.Web.Admin;

/// <summary>A member's account as administrators see it (`GET /api/members/registrations`): a registration waiting
/// for a decision, or an active member whose roles are given.</summary>
public sealed record MemberAccount(Guid Id, string Email, bool EmailConfirmed, string DisplayName, string OrganisationName, string? Brin,
    string JobTitle, string Sector, string? Region, string Status, DateTimeOffset RegisteredAt, IReadOnlyList<string>? Roles);
