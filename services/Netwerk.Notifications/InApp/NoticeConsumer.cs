using Netwerk.Contracts;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;

namespace Netwerk.Notifications.InApp;

/// <summary>Base of the consumers that tell members about an integration event: the notices are written with the
/// inbox record and announced (live streams, instant mail) once committed. Events come in batches: a registration
/// rush brings thousands of confirmations within seconds.</summary>
public abstract class NoticeConsumer<TEvent>(NotificationsDbContext db, TimeProvider clock, MemberNotices notices)
    : InboxBatchConsumer<TEvent, NotificationsDbContext>(db, clock)
    where TEvent : class, IIntegrationEvent
{
    protected MemberNotices Notices => notices;

    protected override Task AfterCommitAsync(TEvent message, CancellationToken cancellationToken) => notices.AnnounceCommittedAsync();

    protected override void RolledBack() => notices.ForgetUncommitted();

    /// <summary>A notice reads members' preferences and group copies, never what another notice writes; a consumer
    /// that also keeps a copy says otherwise.</summary>
    protected override bool EventsAreIndependent => true;
}
