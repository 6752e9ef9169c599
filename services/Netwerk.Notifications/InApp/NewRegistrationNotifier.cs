using Netwerk.Contracts.Members;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Preferences;
using Netwerk.ServiceDefaults.Auth;
using Netwerk.ServiceDefaults.Links;

namespace Netwerk.Notifications.InApp;

/// <summary>Tells the administrators that someone wants to join, so a registration never waits unseen.</summary>
public sealed class NewRegistrationNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : NoticeConsumer<MemberRegistered>(db, clock, notices)
{
    protected override Task HandleAsync(MemberRegistered message, CancellationToken cancellationToken)
    {
        var organisation = message.Brin is null ? message.OrganisationName : $"{message.OrganisationName} ({message.Brin})";
        Notices.ToRole(NetwerkRoles.Admin, message.MemberId, NotificationCategories.Membership, "Nieuwe aanmelding",
            $"{message.DisplayName} van {organisation} heeft zich aangemeld en wacht op goedkeuring.",
            WebPages.PendingRegistrations, message.EventId);
        return Task.CompletedTask;
    }
}
