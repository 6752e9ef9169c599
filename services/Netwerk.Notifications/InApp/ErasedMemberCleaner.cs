using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Members;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.InApp;

/// <summary>A member who leaves takes their notifications with them: those to them and those about them.</summary>
public sealed class ErasedMemberCleaner(NotificationsDbContext db, TimeProvider clock)
    : InboxConsumer<MemberErased, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(MemberErased message, CancellationToken cancellationToken) =>
        Db.Notifications
            .Where(n => n.RecipientMemberId == message.MemberId || n.AboutMemberId == message.MemberId)
            .ExecuteDeleteAsync(cancellationToken);
}
