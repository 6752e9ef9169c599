namespace Netwerk.Contracts.Discussions;

/// <summary>A thread was deleted by its author or a moderator.</summary>
public sealed record ThreadDeleted(Guid EventId, DateTimeOffset OccurredAt, Guid ThreadId) : IIntegrationEvent;
