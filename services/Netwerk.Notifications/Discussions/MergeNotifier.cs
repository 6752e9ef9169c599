using Netwerk.Contracts.Discussions;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.Discussions;

/// <summary>Tells the voters of a duplicate where their vote went.</summary>
public sealed class MergeNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices) : NoticeConsumer<ThreadsMerged>(db, clock, notices)
{
    protected override Task HandleAsync(ThreadsMerged message, CancellationToken cancellationToken) =>
        Notices.ToMembersAsync(message.VoterIds, NotificationCategories.Discussions, $"\"{message.DuplicateTitle}\" is samengevoegd",
            $"\"{message.DuplicateTitle}\" ging over hetzelfde als \"{message.Original.Title}\"; je stem telt daar nu mee.", message.Original.Url,
            message.EventId, cancellationToken);
}
