namespace Netwerk.Web.Groups;

/// <summary>A working group (`GET /api/groups`): the three ambitions and the groups members started.</summary>
public sealed record WorkingGroup(Guid Id, string Name, string Description, bool IsAmbition, int MembersCount, bool IsMember);
