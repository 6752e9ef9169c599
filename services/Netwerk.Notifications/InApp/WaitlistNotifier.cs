using Netwerk.Contracts.Events;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.InApp;

/// <summary>Tells a member the event is full and where they are on the waiting list.</summary>
public sealed class WaitlistNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : NoticeConsumer<RegistrationWaitlisted>(db, clock, notices)
{
    protected override Task HandleAsync(RegistrationWaitlisted message, CancellationToken cancellationToken) =>
        Notices.ToMemberAsync(message.MemberId, NotificationCategories.Events, "Je staat op de wachtlijst",
            $"{message.EventTitle} is vol. Je staat op plaats {message.Position} van de wachtlijst; komt er een plaats vrij, dan krijg je die meteen.",
            MemberNotices.EventLink(message.NetworkEventId), message.EventId, cancellationToken);
}
