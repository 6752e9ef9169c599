using Netwerk.Contracts.Groups;
using Netwerk.Documents.Data;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Documents.Groups;

/// <summary>Learns the working groups group documents may belong to.</summary>
public sealed class GroupCreatedCopier(DocumentsDbContext db, TimeProvider clock) : InboxConsumer<GroupCreated, DocumentsDbContext>(db, clock)
{
    protected override Task HandleAsync(GroupCreated message, CancellationToken cancellationToken) =>
        Db.KeepFirstAsync([new KnownGroup { Id = message.GroupId, Name = message.Name }], cancellationToken);
}
