using Netwerk.Contracts.Events;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.Groups;

/// <summary>Tells a group's members that their group scheduled an event.</summary>
public sealed class GroupEventNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : NoticeConsumer<EventScheduled>(db, clock, notices)
{
    protected override async Task HandleAsync(EventScheduled message, CancellationToken cancellationToken)
    {
        if (message.Event.GroupId is not { } groupId) return;
        var members = await KnownGroupMembers.ActiveAsync(Db, groupId, null, cancellationToken);
        var group = await KnownGroupMembers.GroupNameAsync(Db, groupId, cancellationToken);
        await Notices.ToMembersAsync(members, NotificationCategories.Events, $"Nieuwe bijeenkomst van {group}",
            $"{message.Event.Title}, {MemberNotices.When(message.Event)}. Meld je aan als je erbij wilt zijn.",
            MemberNotices.EventLink(message.Event.Id), message.EventId, cancellationToken);
    }
}
