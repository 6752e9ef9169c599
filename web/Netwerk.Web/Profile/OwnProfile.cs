using Netwerk.Web.Members;

namespace Netwerk.Web.Profile;

/// <summary>The signed-in member's own profile (`GET /api/members/me`).</summary>
public sealed record OwnProfile(Guid Id, string Email, string DisplayName, Organisation Organisation, string JobTitle, string Sector, string? Region,
    string Status, IReadOnlyList<string> Roles, IReadOnlyList<Guid> Groups, Consents Consents);

/// <summary>What the member allows: being in the directory, partners receiving their data.</summary>
public sealed record Consents(bool Directory, bool Partners);
