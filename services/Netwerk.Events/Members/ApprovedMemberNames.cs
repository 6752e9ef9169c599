using Netwerk.Contracts.Members;
using Netwerk.Events.Data;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Events.Members;

/// <summary>Learns a member's name when they are approved.</summary>
public sealed class ApprovedMemberNames(EventsDbContext db, TimeProvider clock) : InboxConsumer<MemberApproved, EventsDbContext>(db, clock)
{
    protected override Task HandleAsync(MemberApproved message, CancellationToken cancellationToken) =>
        AttendeeNames.KeepAsync(Db, [new Caller(message.MemberId, message.DisplayName, message.OccurredAt)], cancellationToken);
}
