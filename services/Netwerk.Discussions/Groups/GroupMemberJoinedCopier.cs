using Netwerk.Contracts.Groups;
using Netwerk.Discussions.Data;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Discussions.Groups;

/// <summary>A member joined a group: they see its threads from now on.</summary>
public sealed class GroupMemberJoinedCopier(DiscussionsDbContext db, TimeProvider clock) : InboxConsumer<GroupMemberJoined, DiscussionsDbContext>(db, clock)
{
    protected override Task HandleAsync(GroupMemberJoined message, CancellationToken cancellationToken) =>
        Db.KeepFirstAsync([new KnownGroupMember { MemberId = message.MemberId, GroupId = message.GroupId }], cancellationToken);
}
