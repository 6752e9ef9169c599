using Netwerk.Contracts.Groups;
using Netwerk.Messaging.Copies;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Preferences;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Notifications.Groups;

/// <summary>Records a member joining a group and welcomes them to it, unless a newer leave is already known.</summary>
public sealed class GroupJoinNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : NoticeConsumer<GroupMemberJoined>(db, clock, notices)
{
    protected override async Task HandleAsync(GroupMemberJoined message, CancellationToken cancellationToken)
    {
        var joined = new KnownGroupMember { GroupId = message.GroupId, MemberId = message.MemberId, AsOf = message.OccurredAt, Active = true };
        if (await Db.KeepNewestAsync([joined], cancellationToken) == 0) return;
        var name = await KnownGroupMembers.GroupNameAsync(Db, message.GroupId, cancellationToken);
        await Notices.ToMemberAsync(message.MemberId, NotificationCategories.Groups, $"Welkom in {name}",
            $"Je doet nu mee in de werkgroep {name}. Je hoort hier van nieuwe documenten en bijeenkomsten van de groep.",
            WebPages.Group(message.GroupId), message.EventId, cancellationToken);
    }

    /// <summary>It also keeps the group copy: two joins of one member may share a batch, and the second must see the
    /// membership row the first wrote.</summary>
    protected override bool EventsAreIndependent => false;
}
