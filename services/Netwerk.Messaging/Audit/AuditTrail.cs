using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Audit;
using Netwerk.Messaging.Outbox;

namespace Netwerk.Messaging.Audit;

/// <summary>How a service records an administrator's or moderator's action: an <see cref="AuditEntryRecorded"/> in
/// its outbox, so the entry is committed with the change or not at all, and reaches the audit log however long the
/// broker is away.</summary>
public static class AuditTrail
{
    public static void AddAuditEntry(this DbContext db, AuditActor actor, string action, AuditTarget target, DateTimeOffset now,
        string? detail = null) =>
        db.AddIntegrationEvent(new AuditEntryRecorded(Guid.CreateVersion7(now), now, actor.Id, actor.Name, actor.ClientId, actor.Address,
            ServiceName(db), action, target.Type, target.Id, target.Name, detail));

    // The service is named by its database context (MembershipDbContext → membership): one name per service, no
    // string for each call to repeat.
    private static string ServiceName(DbContext db) => db.GetType().Name.Replace("DbContext", "", StringComparison.Ordinal).ToLowerInvariant();
}
