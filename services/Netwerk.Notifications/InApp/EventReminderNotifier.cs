using Netwerk.Contracts.Events;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.InApp;

/// <summary>Reminds everyone with a confirmed seat, the day before an event.</summary>
public sealed class EventReminderNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : NoticeConsumer<EventReminderDue>(db, clock, notices)
{
    protected override Task HandleAsync(EventReminderDue message, CancellationToken cancellationToken)
    {
        var where = message.Event.Location ?? message.Event.OnlineUrl ?? "";
        return Notices.ToMembersAsync(message.AttendeeIds.Distinct().ToList(), NotificationCategories.Events, $"Herinnering: {message.Event.Title}",
            $"{message.Event.Title} begint {MemberNotices.When(message.Event)}{(where.Length > 0 ? $", {where}" : "")}.",
            MemberNotices.EventLink(message.Event.Id), message.EventId, cancellationToken);
    }
}
