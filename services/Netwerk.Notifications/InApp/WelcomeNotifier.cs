using Netwerk.Contracts.Members;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Preferences;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Notifications.InApp;

/// <summary>Tells a member their registration was approved: the first notice they get.</summary>
public sealed class WelcomeNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : NoticeConsumer<MemberApproved>(db, clock, notices)
{
    protected override Task HandleAsync(MemberApproved message, CancellationToken cancellationToken) =>
        Notices.ToMemberAsync(message.MemberId, NotificationCategories.Membership, "Welkom bij Netwerk",
            $"Je aanmelding is goedgekeurd, {message.DisplayName}. Je kunt nu documenten delen, je aanmelden voor bijeenkomsten en " +
            "meedoen in werkgroepen.", WebPages.Groups, message.EventId, cancellationToken);
}
