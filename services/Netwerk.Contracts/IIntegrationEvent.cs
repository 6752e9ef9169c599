namespace Netwerk.Contracts;

/// <summary>What every integration event carries: its own id (consumers deduplicate on it) and when it happened.</summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }
    DateTimeOffset OccurredAt { get; }
}
