using Microsoft.EntityFrameworkCore;
using Netwerk.Membership.Data;
using Netwerk.Messaging.Audit;

namespace Netwerk.Membership.Audit;

/// <summary>What leaving the network does to the audit log: the entries stay (what was done, when, by which id, to
/// which id), the member's name and address go. The only change the database lets through on the table (see the
/// AuditLogErasure migration).</summary>
internal static class AuditEntryErasure
{
    public static async Task EraseAsync(MembershipDbContext db, Guid memberId, string erasedName, CancellationToken cancellationToken)
    {
        var entries = db.Set<AuditEntry>();
        await entries.Where(e => e.ActorId == memberId)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.ActorName, erasedName).SetProperty(x => x.ClientAddress, (string?)null), cancellationToken);
        var target = memberId.ToString();
        await entries.Where(e => e.TargetType == AuditTarget.MemberType && e.TargetId == target)
            .ExecuteUpdateAsync(e => e.SetProperty(x => x.TargetName, erasedName), cancellationToken);
    }
}
