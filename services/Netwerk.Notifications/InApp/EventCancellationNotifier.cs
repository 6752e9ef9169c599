using Netwerk.Contracts.Events;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.InApp;

/// <summary>Tells every registrant (seat or waiting list) that an event is cancelled.</summary>
public sealed class EventCancellationNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : NoticeConsumer<EventCancelled>(db, clock, notices)
{
    protected override Task HandleAsync(EventCancelled message, CancellationToken cancellationToken) =>
        Notices.ToMembersAsync(message.RegistrantIds.Distinct().ToList(), NotificationCategories.Events, "Bijeenkomst geannuleerd",
            $"{message.Event.Title} op {MemberNotices.When(message.Event)} gaat niet door. Je aanmelding vervalt.",
            MemberNotices.EventLink(message.Event.Id), message.EventId, cancellationToken);
}
