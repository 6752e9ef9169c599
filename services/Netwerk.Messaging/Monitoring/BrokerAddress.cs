namespace Netwerk.Messaging.Monitoring;

/// <summary>The broker's address (the `messaging` connection string), for what reads the broker beside MassTransit.</summary>
public sealed record BrokerAddress(Uri Uri);
