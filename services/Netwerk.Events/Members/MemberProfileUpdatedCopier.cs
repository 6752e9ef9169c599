using Netwerk.Contracts.Members;
using Netwerk.Events.Data;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Events.Members;

/// <summary>Follows a member's name when they change it, so registration lists show the current one.</summary>
public sealed class MemberProfileUpdatedCopier(EventsDbContext db, TimeProvider clock) : InboxConsumer<MemberProfileUpdated, EventsDbContext>(db, clock)
{
    protected override Task HandleAsync(MemberProfileUpdated message, CancellationToken cancellationToken) =>
        Db.KeepNewestAsync([new KnownMember { MemberId = message.MemberId, DisplayName = message.DisplayName, AsOf = message.OccurredAt }],
            cancellationToken);
}
