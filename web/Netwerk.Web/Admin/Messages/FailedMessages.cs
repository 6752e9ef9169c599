namespace Netwerk.Web.Admin.Messages;

/// <summary>One service's receive endpoints and what waits in their error queues (`/api/operations/{service}/failed-messages`).</summary>
public sealed record FailedEndpoints(IReadOnlyList<FailedEndpoint> Endpoints);

public sealed record FailedEndpoint(string Endpoint, long Count, IReadOnlyList<FailedMessage> Messages);

public sealed record FailedMessage(string? Id, string MessageType, string? ExceptionType, string? ExceptionMessage, DateTimeOffset? FailedAt);

public sealed record Redelivered(string Endpoint, int Count);
