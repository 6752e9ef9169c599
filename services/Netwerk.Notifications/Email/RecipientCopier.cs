using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Members;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.Email;

/// <summary>Keeps the address and name of approved members, to mail them; the newest change wins (events may arrive
/// out of order).</summary>
public sealed class ApprovedRecipientCopier(NotificationsDbContext db, TimeProvider clock) : InboxConsumer<MemberApproved, NotificationsDbContext>(db, clock)
{
    protected override async Task HandleAsync(MemberApproved message, CancellationToken cancellationToken)
    {
        var recipient = await Db.Recipients.FirstOrDefaultAsync(r => r.MemberId == message.MemberId, cancellationToken);
        if (recipient is null)
        {
            Db.Recipients.Add(new Recipient
            {
                MemberId = message.MemberId, Email = message.Email, DisplayName = message.DisplayName, UpdatedAt = message.OccurredAt,
            });
        }
        else if (recipient.UpdatedAt <= message.OccurredAt)
        {
            recipient.Email = message.Email;
            recipient.DisplayName = message.DisplayName;
            recipient.UpdatedAt = message.OccurredAt;
        }
    }
}

/// <summary>A member's new display name, for the greeting of their mail.</summary>
public sealed class RenamedRecipientCopier(NotificationsDbContext db, TimeProvider clock) : InboxConsumer<MemberProfileUpdated, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(MemberProfileUpdated message, CancellationToken cancellationToken) =>
        Db.Recipients.Where(r => r.MemberId == message.MemberId && r.UpdatedAt <= message.OccurredAt)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.DisplayName, message.DisplayName).SetProperty(x => x.UpdatedAt, message.OccurredAt), cancellationToken);
}
