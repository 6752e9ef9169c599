using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Members;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.Members;

/// <summary>A member's confirmed new address: their mail goes there from now on. Changes a member already known and
/// adds nobody (the address of a newly approved member comes with `MemberApproved`); the newest still wins.</summary>
public sealed class MemberEmailChangedCopier(NotificationsDbContext db, TimeProvider clock)
    : InboxConsumer<MemberEmailChanged, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(MemberEmailChanged message, CancellationToken cancellationToken) =>
        Db.KnownMembers.Where(m => m.MemberId == message.MemberId && m.AsOf < message.OccurredAt)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.Email, message.Email).SetProperty(x => x.AsOf, message.OccurredAt),
                cancellationToken);
}
