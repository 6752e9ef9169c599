namespace Netwerk.Membership.Roles;

public sealed record RolesView(Guid MemberId, IReadOnlyList<string> Roles);
