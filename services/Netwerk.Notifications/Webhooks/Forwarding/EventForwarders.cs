using Netwerk.Contracts.Events;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Webhooks.Catalogue;
using Netwerk.Notifications.Webhooks.Delivery;

namespace Netwerk.Notifications.Webhooks.Forwarding;

internal static class PartnerEvents
{
    public static NetworkEventData Data(NetworkEventDetails networkEvent) => new(networkEvent.Id, networkEvent.Title, networkEvent.StartsAt,
        networkEvent.EndsAt, networkEvent.TimeZone, networkEvent.Location, networkEvent.Capacity, networkEvent.Url);
}

public sealed class EventScheduledForwarder(NotificationsDbContext db, TimeProvider clock, WebhookDispatchSignal signal)
    : WebhookForwarder<EventScheduled>(db, clock, signal)
{
    protected override IEnumerable<PartnerMessage> Translate(EventScheduled message)
    {
        yield return new PartnerMessage(WebhookEventTypes.EventScheduled, PartnerEvents.Data(message.Event));
    }
}

public sealed class EventUpdatedForwarder(NotificationsDbContext db, TimeProvider clock, WebhookDispatchSignal signal)
    : WebhookForwarder<EventUpdated>(db, clock, signal)
{
    protected override IEnumerable<PartnerMessage> Translate(EventUpdated message)
    {
        yield return new PartnerMessage(WebhookEventTypes.EventUpdated, PartnerEvents.Data(message.Event));
    }
}

public sealed class EventCancelledForwarder(NotificationsDbContext db, TimeProvider clock, WebhookDispatchSignal signal)
    : WebhookForwarder<EventCancelled>(db, clock, signal)
{
    protected override IEnumerable<PartnerMessage> Translate(EventCancelled message)
    {
        yield return new PartnerMessage(WebhookEventTypes.EventCancelled, PartnerEvents.Data(message.Event));
    }
}

/// <summary>`event.registrations.changed` after any registration change (confirmed, waitlisted, cancelled,
/// promoted): the counts, never who. Registered once per registration event type.</summary>
public sealed class RegistrationCountsForwarder<TEvent>(NotificationsDbContext db, TimeProvider clock, WebhookDispatchSignal signal)
    : WebhookForwarder<TEvent>(db, clock, signal)
    where TEvent : class, IRegistrationChange
{
    protected override IEnumerable<PartnerMessage> Translate(TEvent message)
    {
        yield return new PartnerMessage(WebhookEventTypes.RegistrationsChanged,
            new RegistrationsChangedData(message.NetworkEventId, message.Counts.Capacity, message.Counts.ConfirmedCount, message.Counts.WaitlistCount));
    }
}
