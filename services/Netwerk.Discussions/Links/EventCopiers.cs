using Netwerk.Contracts.Events;
using Netwerk.Discussions.Data;
using Netwerk.Messaging.Copies;
using Netwerk.Messaging.Inbox;

namespace Netwerk.Discussions.Links;

/// <summary>Keeps <see cref="KnownEvent"/> from the events service's events; the newest event wins, whatever the order
/// they arrive in.</summary>
internal static class EventCopy
{
    public static Task KeepAsync(DiscussionsDbContext db, NetworkEventDetails details, DateTimeOffset asOf, bool cancelled,
        CancellationToken cancellationToken) =>
        db.KeepNewestAsync([new KnownEvent { Id = details.Id, Title = details.Title, StartsAt = details.StartsAt, TimeZone = details.TimeZone,
            Cancelled = cancelled, AsOf = asOf }], cancellationToken);
}

public sealed class EventScheduledCopier(DiscussionsDbContext db, TimeProvider clock) : InboxConsumer<EventScheduled, DiscussionsDbContext>(db, clock)
{
    protected override Task HandleAsync(EventScheduled message, CancellationToken cancellationToken) =>
        EventCopy.KeepAsync(Db, message.Event, message.OccurredAt, cancelled: false, cancellationToken);
}

public sealed class EventUpdatedCopier(DiscussionsDbContext db, TimeProvider clock) : InboxConsumer<EventUpdated, DiscussionsDbContext>(db, clock)
{
    protected override Task HandleAsync(EventUpdated message, CancellationToken cancellationToken) =>
        EventCopy.KeepAsync(Db, message.Event, message.OccurredAt, cancelled: false, cancellationToken);
}

public sealed class EventCancelledCopier(DiscussionsDbContext db, TimeProvider clock) : InboxConsumer<EventCancelled, DiscussionsDbContext>(db, clock)
{
    protected override Task HandleAsync(EventCancelled message, CancellationToken cancellationToken) =>
        EventCopy.KeepAsync(Db, message.Event, message.OccurredAt, cancelled: true, cancellationToken);
}
