using Netwerk.Contracts.Groups;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.Groups;

/// <summary>Keeps the working groups' names.</summary>
public sealed class GroupCreatedCopier(NotificationsDbContext db, TimeProvider clock) : InboxConsumer<GroupCreated, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(GroupCreated message, CancellationToken cancellationToken) =>
        Db.KeepFirstAsync([new KnownGroup { Id = message.GroupId, Name = message.Name }], cancellationToken);
}
