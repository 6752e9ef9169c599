namespace Netwerk.Contracts.Events;

/// <summary>A moderator scheduled a network event (a congress, a regional meeting, a webinar).</summary>
public sealed record EventScheduled(Guid EventId, DateTimeOffset OccurredAt, NetworkEventDetails Event) : IIntegrationEvent;
