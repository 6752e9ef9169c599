namespace Netwerk.Web.Members;

/// <summary>A member in the directory (`GET /api/members`, `GET /api/members/{id}`).</summary>
public sealed record DirectoryEntry(Guid Id, string DisplayName, Organisation Organisation, string JobTitle, string Sector, string? Region);

/// <summary>A school or board: its name and, for a school, its BRIN number.</summary>
public sealed record Organisation(string Name, string? Brin);

/// <summary>A school or board with how many members work there (`GET /api/organisations`).</summary>
public sealed record OrganisationLine(string Name, string? Brin, int MembersCount);
