using Netwerk.Contracts.Discussions;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.Discussions;

/// <summary>Tells members that a post names them.</summary>
public sealed class MentionNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices) : NoticeConsumer<MemberMentioned>(db, clock, notices)
{
    protected override Task HandleAsync(MemberMentioned message, CancellationToken cancellationToken) =>
        Notices.ToMembersAsync(message.MentionedIds, NotificationCategories.Discussions, $"{message.ByName} noemde je",
            $"{message.ByName} noemde je in \"{message.Thread.Title}\".", PostLinks.To(message.Thread, message.ReplyId), message.EventId, cancellationToken);
}
