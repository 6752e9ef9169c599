using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Groups;
using Netwerk.Documents.Data;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Documents.Members;

/// <summary>Learns the working groups group documents may belong to.</summary>
public sealed class GroupCopier(DocumentsDbContext db, TimeProvider clock) : InboxConsumer<GroupCreated, DocumentsDbContext>(db, clock)
{
    protected override async Task HandleAsync(GroupCreated message, CancellationToken cancellationToken)
    {
        if (!await Db.Groups.AnyAsync(g => g.Id == message.GroupId, cancellationToken)) Db.Groups.Add(new KnownGroup { Id = message.GroupId, Name = message.Name });
    }
}
