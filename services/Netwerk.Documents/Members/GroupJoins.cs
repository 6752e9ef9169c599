using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Groups;
using Netwerk.Documents.Data;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Documents.Members;

/// <summary>A member joined a group: they see its documents from now on.</summary>
public sealed class GroupJoins(DocumentsDbContext db, TimeProvider clock) : InboxConsumer<GroupMemberJoined, DocumentsDbContext>(db, clock)
{
    protected override Task HandleAsync(GroupMemberJoined message, CancellationToken cancellationToken) =>
        Db.Database.ExecuteSqlAsync(
            $"INSERT INTO group_members (member_id, group_id) VALUES ({message.MemberId}, {message.GroupId}) ON CONFLICT DO NOTHING", cancellationToken);
}
