namespace Netwerk.Membership.Groups;

public sealed record GroupView(Guid Id, string Name, string Description, bool IsAmbition, int MembersCount, bool IsMember);
