namespace Netwerk.Membership.Audit;

/// <summary>An audit entry as the API shows it.</summary>
public sealed record AuditEntryView(
    Guid Id,
    DateTimeOffset OccurredAt,
    AuditActorView Actor,
    string? ClientId,
    string? ClientAddress,
    string Service,
    string Action,
    AuditTargetView Target,
    string? Detail)
{
    public static AuditEntryView From(AuditEntry entry) => new(entry.Id, entry.OccurredAt, new AuditActorView(entry.ActorId, entry.ActorName),
        entry.ClientId, entry.ClientAddress, entry.Service, entry.Action, new AuditTargetView(entry.TargetType, entry.TargetId, entry.TargetName),
        entry.Detail);
}

/// <summary>Who acted: a member's id and name at the time, or (id null) a partner's client.</summary>
public sealed record AuditActorView(Guid? Id, string Name);

public sealed record AuditTargetView(string Type, string Id, string? Name);
