using Netwerk.Contracts.Members;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.InApp;

/// <summary>Tells the administrators that someone wants to join, so a registration never waits unseen.</summary>
public sealed class NewRegistrationNotifier(NotificationsDbContext db, TimeProvider clock)
    : InboxConsumer<MemberRegistered, NotificationsDbContext>(db, clock)
{
    public const string AdministratorRole = "admin";

    protected override Task HandleAsync(MemberRegistered message, CancellationToken cancellationToken)
    {
        var organisation = message.Brin is null ? message.OrganisationName : $"{message.OrganisationName} ({message.Brin})";
        Db.Notifications.Add(new Notification
        {
            Id = Guid.CreateVersion7(),
            RecipientRole = AdministratorRole,
            AboutMemberId = message.MemberId,
            Category = "membership",
            Title = "Nieuwe aanmelding",
            Body = $"{message.DisplayName} van {organisation} heeft zich aangemeld en wacht op goedkeuring.",
            Link = "/api/members/registrations?status=pending",
            SourceEventId = message.EventId,
            CreatedAt = Clock.GetUtcNow(),
        });
        return Task.CompletedTask;
    }
}
