using Netwerk.Messaging.Background;

namespace Netwerk.Messaging.Outbox;

/// <summary>Wakes the outbox dispatcher as soon as a transaction with events commits.</summary>
public sealed class OutboxSignal : WakeUpSignal;
