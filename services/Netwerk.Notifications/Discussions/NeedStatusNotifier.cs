using Netwerk.Contracts.Discussions;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.InApp;
using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.Discussions;

/// <summary>Tells a need's voters of each step the network takes with it, with the moderator's public note.</summary>
public sealed class NeedStatusNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : NoticeConsumer<NeedStatusChanged>(db, clock, notices)
{
    protected override Task HandleAsync(NeedStatusChanged message, CancellationToken cancellationToken) =>
        Notices.ToMembersAsync(message.VoterIds, NotificationCategories.Discussions,
            $"Behoefte \"{message.Thread.Title}\": {NeedStatusNames.Dutch(message.Status)}",
            $"De behoefte waarop je stemde is nu {NeedStatusNames.Dutch(message.Status)}. {message.Note}", message.Thread.Url, message.EventId,
            cancellationToken);
}
