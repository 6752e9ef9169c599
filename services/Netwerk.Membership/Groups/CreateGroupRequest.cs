namespace Netwerk.Membership.Groups;

public sealed record CreateGroupRequest(string? Name, string? Description);
