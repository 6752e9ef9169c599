namespace Netwerk.Contracts.Events;

/// <summary>A moderator cancelled a network event. <paramref name="RegistrantIds"/> are the members who held a seat
/// or a place on the waiting list, so that every one of them can be told.</summary>
public sealed record EventCancelled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    NetworkEventDetails Event,
    IReadOnlyList<Guid> RegistrantIds) : IIntegrationEvent;
