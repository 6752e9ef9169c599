using Netwerk.Contracts.Discussions;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.Discussions;

/// <summary>Tells a thread's followers of a new reply; the event names them (without the replier and those the reply
/// mentions, who hear of it once, as a mention).</summary>
public sealed class ReplyNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices) : NoticeConsumer<ReplyPosted>(db, clock, notices)
{
    protected override Task HandleAsync(ReplyPosted message, CancellationToken cancellationToken) =>
        Notices.ToMembersAsync(message.FollowerIds, NotificationCategories.Discussions, $"Nieuwe reactie op \"{message.Thread.Title}\"",
            $"{message.AuthorName} reageerde op \"{message.Thread.Title}\".", PostLinks.To(message.Thread, message.ReplyId), message.EventId, cancellationToken);
}
