namespace Netwerk.Contracts.Discussions;

/// <summary>A thread's title, body, tags or theme changed.</summary>
public sealed record ThreadUpdated(Guid EventId, DateTimeOffset OccurredAt, ThreadDetails Thread) : IIntegrationEvent;
