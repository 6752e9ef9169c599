using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Groups;
using Netwerk.Documents.Data;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Documents.Groups;

/// <summary>A member left a group: its documents are closed to them again.</summary>
public sealed class GroupMemberLeftCopier(DocumentsDbContext db, TimeProvider clock) : InboxConsumer<GroupMemberLeft, DocumentsDbContext>(db, clock)
{
    protected override Task HandleAsync(GroupMemberLeft message, CancellationToken cancellationToken) =>
        Db.KnownGroupMembers.Where(m => m.MemberId == message.MemberId && m.GroupId == message.GroupId).ExecuteDeleteAsync(cancellationToken);
}
