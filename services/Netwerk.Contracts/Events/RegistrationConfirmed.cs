namespace Netwerk.Contracts.Events;

/// <summary>A member registered for a network event and has a seat.</summary>
public sealed record RegistrationConfirmed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid NetworkEventId,
    string EventTitle,
    Guid MemberId,
    RegistrationCounts Counts) : IRegistrationChange;
