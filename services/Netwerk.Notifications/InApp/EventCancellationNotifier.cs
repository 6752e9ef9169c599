using Netwerk.Contracts.Events;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.InApp;

/// <summary>Tells every registrant (seat or waiting list) that an event is cancelled.</summary>
public sealed class EventCancellationNotifier(NotificationsDbContext db, TimeProvider clock)
    : InboxConsumer<EventCancelled, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(EventCancelled message, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        foreach (var memberId in message.RegistrantIds.Distinct())
        {
            MemberNotices.Add(Db, memberId, MemberNotices.EventsCategory, "Bijeenkomst geannuleerd",
                $"{message.Event.Title} op {MemberNotices.When(message.Event)} gaat niet door. Je aanmelding vervalt.",
                MemberNotices.EventLink(message.Event.Id), message.EventId, now);
        }
        return Task.CompletedTask;
    }
}
