using Netwerk.Contracts.Members;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.Members;

/// <summary>Keeps the address and name of approved members, to mail them.</summary>
public sealed class MemberApprovedCopier(NotificationsDbContext db, TimeProvider clock) : InboxConsumer<MemberApproved, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(MemberApproved message, CancellationToken cancellationToken) =>
        Db.KeepNewestAsync(
            [new KnownMember { MemberId = message.MemberId, Email = message.Email, DisplayName = message.DisplayName, AsOf = message.OccurredAt }],
            cancellationToken);
}
