using Netwerk.Contracts.Events;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Preferences;

namespace Netwerk.Notifications.InApp;

/// <summary>Tells a member their seat at a network event is confirmed.</summary>
public sealed class RegistrationConfirmedNotifier(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : NoticeConsumer<RegistrationConfirmed>(db, clock, notices)
{
    protected override Task HandleAsync(RegistrationConfirmed message, CancellationToken cancellationToken) =>
        Notices.ToMemberAsync(message.MemberId, NotificationCategories.Events, "Aanmelding bevestigd",
            $"Je bent aangemeld voor {message.EventTitle}. Tot dan!", MemberNotices.EventLink(message.NetworkEventId), message.EventId, cancellationToken);
}
