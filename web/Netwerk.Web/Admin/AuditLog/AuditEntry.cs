namespace Netwerk.Web.Admin.AuditLog;

/// <summary>A line of the audit log as `/api/audit` returns it.</summary>
public sealed record AuditEntry(Guid Id, DateTimeOffset OccurredAt, AuditActor Actor, string? ClientId, string? ClientAddress, string Service,
    string Action, AuditTarget Target, string? Detail);

public sealed record AuditActor(Guid? Id, string Name);

public sealed record AuditTarget(string Type, string Id, string? Name);
