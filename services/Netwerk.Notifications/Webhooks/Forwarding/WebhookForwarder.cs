using Netwerk.Contracts;
using Netwerk.Messaging.Inbox;
using Netwerk.Notifications.Data;
using Netwerk.Notifications.Webhooks.Delivery;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Notifications.Webhooks.Forwarding;

/// <summary>What partners see of an integration event: a webhook type and its data, or nothing.</summary>
public sealed record PartnerMessage(string Type, object Data, Guid? SubjectMemberId = null);

/// <summary>Base of the consumers that pass integration events on to partners: translate, store the deliveries with
/// the inbox record, and wake the dispatcher once they are committed. Events come in batches, as registration changes
/// come in rushes.</summary>
public abstract class WebhookForwarder<TEvent>(NotificationsDbContext db, TimeProvider clock, WebhookDispatchSignal signal)
    : InboxBatchConsumer<TEvent, NotificationsDbContext>(db, clock)
    where TEvent : class, IIntegrationEvent
{
    private int _created;

    /// <summary>The messages partners receive for <paramref name="message"/> (none, when it is not for them).</summary>
    protected abstract IEnumerable<PartnerMessage> Translate(TEvent message);

    protected override async Task HandleAsync(TEvent message, CancellationToken cancellationToken)
    {
        foreach (var partnerMessage in Translate(message))
        {
            _created += await WebhookOutbox.EnqueueAsync(Db, partnerMessage.Type, partnerMessage.Data, message.OccurredAt, message.EventId,
                Clock.Now(), cancellationToken, partnerMessage.SubjectMemberId);
        }
    }

    protected override Task AfterCommitAsync(TEvent message, CancellationToken cancellationToken)
    {
        if (_created > 0) signal.Notify();
        _created = 0;
        return Task.CompletedTask;
    }

    protected override void RolledBack() => _created = 0;

    /// <summary>A webhook message reads the subscriptions, never other messages.</summary>
    protected override bool EventsAreIndependent => true;
}
