using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Groups;
using Netwerk.Events.Data;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Events.Groups;

/// <summary>Keeps the working groups that events may belong to, as membership creates them.</summary>
public sealed class GroupCopier(EventsDbContext db, TimeProvider clock) : InboxConsumer<GroupCreated, EventsDbContext>(db, clock)
{
    protected override async Task HandleAsync(GroupCreated message, CancellationToken cancellationToken)
    {
        if (await Db.Groups.AnyAsync(g => g.Id == message.GroupId, cancellationToken)) return;
        Db.Groups.Add(new KnownGroup { Id = message.GroupId, Name = message.Name });
    }
}
