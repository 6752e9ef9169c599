namespace Netwerk.Web.Admin;

/// <summary>A registration or an active member, as administrators see it (`GET /api/members/registrations`).</summary>
public sealed record Registration(Guid Id, string Email, bool EmailConfirmed, string DisplayName, string OrganisationName, string? Brin,
    string JobTitle, string Sector, string? Region, string Status, DateTimeOffset RegisteredAt, IReadOnlyList<string>? Roles);
