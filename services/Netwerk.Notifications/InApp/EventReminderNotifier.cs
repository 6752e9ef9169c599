using Netwerk.Contracts.Events;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.InApp;

/// <summary>Reminds everyone with a confirmed seat, the day before an event.</summary>
public sealed class EventReminderNotifier(NotificationsDbContext db, TimeProvider clock)
    : InboxConsumer<EventReminderDue, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(EventReminderDue message, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var where = message.Event.Location ?? message.Event.OnlineUrl ?? "";
        foreach (var memberId in message.AttendeeIds.Distinct())
        {
            MemberNotices.Add(Db, memberId, MemberNotices.EventsCategory, $"Herinnering: {message.Event.Title}",
                $"{message.Event.Title} begint {MemberNotices.When(message.Event)}{(where.Length > 0 ? $", {where}" : "")}.",
                MemberNotices.EventLink(message.Event.Id), message.EventId, now);
        }
        return Task.CompletedTask;
    }
}
