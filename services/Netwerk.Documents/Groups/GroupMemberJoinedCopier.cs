using Netwerk.Contracts.Groups;
using Netwerk.Documents.Data;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Documents.Groups;

/// <summary>A member joined a group: they see its documents from now on.</summary>
public sealed class GroupMemberJoinedCopier(DocumentsDbContext db, TimeProvider clock) : InboxConsumer<GroupMemberJoined, DocumentsDbContext>(db, clock)
{
    protected override Task HandleAsync(GroupMemberJoined message, CancellationToken cancellationToken) =>
        Db.KeepFirstAsync([new KnownGroupMember { MemberId = message.MemberId, GroupId = message.GroupId }], cancellationToken);
}
