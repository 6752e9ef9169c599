using Netwerk.Contracts.Groups;
using Netwerk.Discussions.Data;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Discussions.Groups;

/// <summary>Keeps the working groups a thread may belong to, as membership creates them.</summary>
public sealed class GroupCreatedCopier(DiscussionsDbContext db, TimeProvider clock) : InboxConsumer<GroupCreated, DiscussionsDbContext>(db, clock)
{
    protected override Task HandleAsync(GroupCreated message, CancellationToken cancellationToken) =>
        Db.KeepFirstAsync([new KnownGroup { Id = message.GroupId, Name = message.Name }], cancellationToken);
}
