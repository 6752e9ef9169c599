namespace Netwerk.Contracts.Events;

/// <summary>A moderator changed a network event; <paramref name="Event"/> holds the complete new values.</summary>
public sealed record EventUpdated(Guid EventId, DateTimeOffset OccurredAt, NetworkEventDetails Event) : IIntegrationEvent;
