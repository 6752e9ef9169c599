namespace Netwerk.Messaging.Audit;

/// <summary>What an audited action was done to: its kind, its id as the API names it, and its name at the time.</summary>
public sealed record AuditTarget(string Type, string Id, string? Name)
{
    public static AuditTarget Member(Guid id, string? name) => new("member", id.ToString(), name);
}
