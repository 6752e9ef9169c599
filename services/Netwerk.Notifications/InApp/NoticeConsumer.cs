using Netwerk.Contracts;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.InApp;

/// <summary>Base of the consumers that tell members about an integration event: the notices are written with the
/// inbox record and announced (live streams, instant mail) once committed.</summary>
public abstract class NoticeConsumer<TEvent>(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : InboxConsumer<TEvent, NotificationsDbContext>(db, clock)
    where TEvent : class, IIntegrationEvent
{
    protected MemberNotices Notices => notices;

    protected override Task AfterCommitAsync(TEvent message, CancellationToken cancellationToken) => notices.AnnounceCommittedAsync();
}
