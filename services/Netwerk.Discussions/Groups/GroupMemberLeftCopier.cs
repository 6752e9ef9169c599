using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Groups;
using Netwerk.Discussions.Data;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Discussions.Groups;

/// <summary>A member left a group: its threads are closed to them again.</summary>
public sealed class GroupMemberLeftCopier(DiscussionsDbContext db, TimeProvider clock) : InboxConsumer<GroupMemberLeft, DiscussionsDbContext>(db, clock)
{
    protected override Task HandleAsync(GroupMemberLeft message, CancellationToken cancellationToken) =>
        Db.GroupMembers.Where(m => m.MemberId == message.MemberId && m.GroupId == message.GroupId).ExecuteDeleteAsync(cancellationToken);
}
