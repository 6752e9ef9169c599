using Netwerk.Contracts.Events;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.InApp;

/// <summary>Tells a member their seat at a network event is confirmed.</summary>
public sealed class RegistrationConfirmedNotifier(NotificationsDbContext db, TimeProvider clock)
    : InboxConsumer<RegistrationConfirmed, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(RegistrationConfirmed message, CancellationToken cancellationToken)
    {
        MemberNotices.Add(Db, message.MemberId, MemberNotices.EventsCategory, "Aanmelding bevestigd",
            $"Je bent aangemeld voor {message.EventTitle}. Tot dan!", MemberNotices.EventLink(message.NetworkEventId), message.EventId, Clock.GetUtcNow());
        return Task.CompletedTask;
    }
}
