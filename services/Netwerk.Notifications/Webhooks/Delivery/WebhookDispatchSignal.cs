using Netwerk.Messaging.Background;

namespace Netwerk.Notifications.Webhooks.Delivery;

/// <summary>Wakes the <see cref="WebhookDispatcher"/>: new deliveries were committed, or a call finished and freed a
/// place for its endpoint.</summary>
public sealed class WebhookDispatchSignal : WakeUpSignal;
