using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Groups;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.Groups;

/// <summary>Keeps the working groups' names.</summary>
public sealed class GroupCopier(NotificationsDbContext db, TimeProvider clock) : InboxConsumer<GroupCreated, NotificationsDbContext>(db, clock)
{
    protected override async Task HandleAsync(GroupCreated message, CancellationToken cancellationToken)
    {
        if (await Db.WorkingGroups.AnyAsync(g => g.Id == message.GroupId, cancellationToken)) return;
        Db.WorkingGroups.Add(new WorkingGroup { Id = message.GroupId, Name = message.Name });
    }
}

/// <summary>Records a member joining a group and welcomes them to it.</summary>
public sealed class GroupJoinNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : NoticeConsumer<GroupMemberJoined>(db, clock, notices)
{
    protected override async Task HandleAsync(GroupMemberJoined message, CancellationToken cancellationToken)
    {
        if (!await GroupMembers.ApplyAsync(Db, message.GroupId, message.MemberId, true, message.OccurredAt, cancellationToken)) return;
        var name = await GroupMembers.NameAsync(Db, message.GroupId, cancellationToken);
        await Notices.ToMemberAsync(message.MemberId, NotificationCategories.Groups, $"Welkom in {name}",
            $"Je doet nu mee in de werkgroep {name}. Je hoort hier van nieuwe documenten en bijeenkomsten van de groep.",
            $"/api/groups/{message.GroupId}", message.EventId, cancellationToken);
    }

    /// <summary>It also keeps the group copy: two joins of one member may share a batch, and the second must see the
    /// membership row the first added.</summary>
    protected override bool EventsAreIndependent => false;
}

/// <summary>Records a member leaving a group.</summary>
public sealed class GroupLeaveRecorder(NotificationsDbContext db, TimeProvider clock) : InboxConsumer<GroupMemberLeft, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(GroupMemberLeft message, CancellationToken cancellationToken) =>
        GroupMembers.ApplyAsync(Db, message.GroupId, message.MemberId, false, message.OccurredAt, cancellationToken);
}

internal static class GroupMembers
{
    /// <returns>Whether the change was applied (false when a newer one is already known).</returns>
    public static async Task<bool> ApplyAsync(NotificationsDbContext db, Guid groupId, Guid memberId, bool active, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var row = await db.GroupMembers.FirstOrDefaultAsync(m => m.GroupId == groupId && m.MemberId == memberId, cancellationToken);
        if (row is null)
        {
            db.GroupMembers.Add(new GroupMember { GroupId = groupId, MemberId = memberId, ChangedAt = at, Active = active });
            return true;
        }
        if (row.ChangedAt > at) return false;
        row.ChangedAt = at;
        row.Active = active;
        return true;
    }

    public static Task<List<Guid>> OfAsync(NotificationsDbContext db, Guid groupId, Guid? except, CancellationToken cancellationToken) =>
        db.GroupMembers.Where(m => m.GroupId == groupId && m.Active && m.MemberId != except).Select(m => m.MemberId).ToListAsync(cancellationToken);

    public static async Task<string> NameAsync(NotificationsDbContext db, Guid groupId, CancellationToken cancellationToken) =>
        await db.WorkingGroups.Where(g => g.Id == groupId).Select(g => g.Name).FirstOrDefaultAsync(cancellationToken) ?? "je werkgroep";
}
