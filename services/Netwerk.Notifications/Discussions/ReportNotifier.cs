using Netwerk.Contracts.Discussions;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Preferences;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Notifications.Discussions;

/// <summary>Tells the moderators that a post was reported (and when it is now hidden), so that no report waits unseen.</summary>
public sealed class ReportNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices) : NoticeConsumer<ContentReported>(db, clock, notices)
{
    protected override Task HandleAsync(ContentReported message, CancellationToken cancellationToken)
    {
        var what = message.ReplyId is null ? "Een onderwerp" : "Een reactie";
        var hidden = message.Hidden ? " Na drie meldingen is het verborgen tot een moderator beslist." : "";
        Notices.ToRole(NetwerkRoles.Moderator, null, NotificationCategories.Discussions, "Bericht gemeld",
            $"{what} in \"{message.ThreadTitle}\" is gemeld: {message.Reason}{hidden}", WebPages.ReportedPosts, message.EventId);
        return Task.CompletedTask;
    }
}
