using Netwerk.Contracts.Members;
using Netwerk.Discussions.Data;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Discussions.Members;

/// <summary>Keeps names current, so threads and replies show the name a member uses now.</summary>
public sealed class MemberProfileUpdatedCopier(DiscussionsDbContext db, TimeProvider clock)
    : InboxConsumer<MemberProfileUpdated, DiscussionsDbContext>(db, clock)
{
    protected override Task HandleAsync(MemberProfileUpdated message, CancellationToken cancellationToken) =>
        Db.KeepNewestAsync([new KnownMember { MemberId = message.MemberId, DisplayName = message.DisplayName, AsOf = message.OccurredAt }],
            cancellationToken);
}
