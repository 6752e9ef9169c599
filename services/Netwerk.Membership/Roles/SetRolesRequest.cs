namespace Netwerk.Membership.Roles;

public sealed record SetRolesRequest(IReadOnlyList<string?>? Roles);
