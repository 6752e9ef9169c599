namespace Netwerk.Messaging;

/// <summary>The meter of the messaging gauges (the outbox's backlog, the error queues); ServiceDefaults exports it.</summary>
public static class MessagingMeter
{
    public const string Name = "Netwerk.Messaging";
}
