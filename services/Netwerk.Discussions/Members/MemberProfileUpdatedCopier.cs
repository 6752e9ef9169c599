using Netwerk.Contracts.Members;
using Netwerk.Discussions.Data;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Discussions.Members;

/// <summary>Keeps names current, so threads and replies show the name a member uses now, and the consents and sector.</summary>
public sealed class MemberProfileUpdatedCopier(DiscussionsDbContext db, TimeProvider clock)
    : InboxConsumer<MemberProfileUpdated, DiscussionsDbContext>(db, clock)
{
    protected override async Task HandleAsync(MemberProfileUpdated message, CancellationToken cancellationToken)
    {
        await Db.KeepNewestAsync([new KnownMember { MemberId = message.MemberId, DisplayName = message.DisplayName, AsOf = message.OccurredAt }],
            cancellationToken);
        await Db.KeepNewestAsync([new MemberProfile { MemberId = message.MemberId, InDirectory = message.ConsentDirectory,
            SharesWithPartners = message.ConsentPartners, Sector = message.Sector, AsOf = message.OccurredAt }], cancellationToken);
    }
}
