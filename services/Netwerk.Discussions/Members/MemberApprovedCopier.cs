using Netwerk.Contracts.Members;
using Netwerk.Discussions.Data;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Discussions.Members;

/// <summary>Learns a member's name, consents and sector, and since when they are a member, when they are approved.</summary>
public sealed class MemberApprovedCopier(DiscussionsDbContext db, TimeProvider clock) : InboxConsumer<MemberApproved, DiscussionsDbContext>(db, clock)
{
    protected override async Task HandleAsync(MemberApproved message, CancellationToken cancellationToken)
    {
        await Db.KeepNewestAsync([new KnownMember { MemberId = message.MemberId, DisplayName = message.DisplayName, AsOf = message.OccurredAt }],
            cancellationToken);
        await Db.KeepNewestAsync([new MemberProfile { MemberId = message.MemberId, InDirectory = message.ConsentDirectory,
            SharesWithPartners = message.ConsentPartners, Sector = message.Sector, AsOf = message.OccurredAt }], cancellationToken);
        await Db.KeepFirstAsync([new Approval { MemberId = message.MemberId, ApprovedAt = message.OccurredAt }], cancellationToken);
    }
}
