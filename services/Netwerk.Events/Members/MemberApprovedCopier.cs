using Netwerk.Contracts.Members;
using Netwerk.Events.Data;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Events.Members;

/// <summary>Learns a member's name when they are approved.</summary>
public sealed class MemberApprovedCopier(EventsDbContext db, TimeProvider clock) : InboxConsumer<MemberApproved, EventsDbContext>(db, clock)
{
    protected override Task HandleAsync(MemberApproved message, CancellationToken cancellationToken) =>
        Db.KeepNewestAsync([new KnownMember { MemberId = message.MemberId, DisplayName = message.DisplayName, AsOf = message.OccurredAt }],
            cancellationToken);
}
