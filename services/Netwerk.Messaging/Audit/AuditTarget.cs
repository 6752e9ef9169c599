namespace Netwerk.Messaging.Audit;

/// <summary>What an audited action was done to: its kind, its id as the API names it, and its name at the time.</summary>
public sealed record AuditTarget(string Type, string Id, string? Name)
{
    /// <summary>The type of a member as a target; erasure finds the member's entries by it.</summary>
    public const string MemberType = "member";

    public static AuditTarget Member(Guid id, string? name) => new(MemberType, id.ToString(), name);
}
