using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Members;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.Members;

/// <summary>A member's new display name, for the greeting of their mail. The event carries no address, so it
/// changes the name of a member already known and adds nobody; the newest still wins.</summary>
public sealed class MemberProfileUpdatedCopier(NotificationsDbContext db, TimeProvider clock)
    : InboxConsumer<MemberProfileUpdated, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(MemberProfileUpdated message, CancellationToken cancellationToken) =>
        Db.KnownMembers.Where(m => m.MemberId == message.MemberId && m.AsOf < message.OccurredAt)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.DisplayName, message.DisplayName).SetProperty(x => x.AsOf, message.OccurredAt),
                cancellationToken);
}
