namespace Netwerk.Contracts.Discussions;

/// <summary>A member started a question, discussion or need.</summary>
public sealed record ThreadStarted(Guid EventId, DateTimeOffset OccurredAt, ThreadDetails Thread) : IIntegrationEvent;
