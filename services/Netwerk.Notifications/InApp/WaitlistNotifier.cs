using Netwerk.Contracts.Events;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.InApp;

/// <summary>Tells a member the event is full and where they are on the waiting list.</summary>
public sealed class WaitlistNotifier(NotificationsDbContext db, TimeProvider clock)
    : InboxConsumer<RegistrationWaitlisted, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(RegistrationWaitlisted message, CancellationToken cancellationToken)
    {
        MemberNotices.Add(Db, message.MemberId, MemberNotices.EventsCategory, "Je staat op de wachtlijst",
            $"{message.EventTitle} is vol. Je staat op plaats {message.Position} van de wachtlijst; komt er een plaats vrij, dan krijg je die meteen.",
            MemberNotices.EventLink(message.NetworkEventId), message.EventId, Clock.GetUtcNow());
        return Task.CompletedTask;
    }
}
