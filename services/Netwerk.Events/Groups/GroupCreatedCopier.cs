using Netwerk.Contracts.Groups;
using Netwerk.Events.Data;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Events.Groups;

/// <summary>Keeps the working groups that events may belong to, as membership creates them.</summary>
public sealed class GroupCreatedCopier(EventsDbContext db, TimeProvider clock) : InboxConsumer<GroupCreated, EventsDbContext>(db, clock)
{
    protected override Task HandleAsync(GroupCreated message, CancellationToken cancellationToken) =>
        Db.KeepFirstAsync([new KnownGroup { Id = message.GroupId, Name = message.Name }], cancellationToken);
}
