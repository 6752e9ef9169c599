using Netwerk.Contracts.Groups;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.Groups;

/// <summary>Records a member leaving a group: no more notices of its documents and events.</summary>
public sealed class GroupMemberLeftCopier(NotificationsDbContext db, TimeProvider clock) : InboxConsumer<GroupMemberLeft, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(GroupMemberLeft message, CancellationToken cancellationToken) =>
        Db.KeepNewestAsync(
            [new KnownGroupMember { GroupId = message.GroupId, MemberId = message.MemberId, AsOf = message.OccurredAt, Active = false }],
            cancellationToken);
}
