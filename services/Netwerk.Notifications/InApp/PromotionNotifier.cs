using Netwerk.Contracts.Events;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.InApp;

/// <summary>Tells a member on the waiting list that a seat became theirs.</summary>
public sealed class PromotionNotifier(NotificationsDbContext db, TimeProvider clock)
    : InboxConsumer<WaitlistPromoted, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(WaitlistPromoted message, CancellationToken cancellationToken)
    {
        MemberNotices.Add(Db, message.MemberId, MemberNotices.EventsCategory, "Er is een plaats voor je vrijgekomen",
            $"Je stond op de wachtlijst voor {message.EventTitle} en bent nu aangemeld.", MemberNotices.EventLink(message.NetworkEventId),
            message.EventId, Clock.GetUtcNow());
        return Task.CompletedTask;
    }
}
