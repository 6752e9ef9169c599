using Netwerk.Contracts.Events;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.InApp;

/// <summary>Tells a member on the waiting list that a seat became free and is theirs.</summary>
public sealed class PromotionNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : NoticeConsumer<WaitlistPromoted>(db, clock, notices)
{
    protected override Task HandleAsync(WaitlistPromoted message, CancellationToken cancellationToken) =>
        Notices.ToMemberAsync(message.MemberId, NotificationCategories.Events, "Er is een plaats voor je vrijgekomen",
            $"Je stond op de wachtlijst voor {message.EventTitle} en bent nu aangemeld.", MemberNotices.EventLink(message.NetworkEventId),
            message.EventId, cancellationToken);
}
