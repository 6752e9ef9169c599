namespace Netwerk.Contracts.Events;

/// <summary>What every registration event shares: which event, and its seat counts right after the change.</summary>
public interface IRegistrationChange : IIntegrationEvent
{
    Guid NetworkEventId { get; }
    RegistrationCounts Counts { get; }
}
