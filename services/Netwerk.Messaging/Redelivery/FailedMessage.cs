namespace Netwerk.Messaging.Redelivery;

/// <summary>A message a consumer gave up on, as MassTransit parked it: its id, its type, why its last attempt failed
/// and when.</summary>
public sealed record FailedMessage(string? Id, string MessageType, string? ExceptionType, string? ExceptionMessage, DateTimeOffset? FailedAt);

/// <summary>One receive endpoint's error queue: how many messages wait in it and the first of them.</summary>
public sealed record FailedEndpoint(string Endpoint, long Count, IReadOnlyList<FailedMessage> Messages);

/// <summary>What a redelivery moved back to the endpoint's queue.</summary>
public sealed record Redelivered(string Endpoint, int Count);
