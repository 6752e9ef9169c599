namespace Netwerk.Contracts.Events;

/// <summary>A seat became free and the first member on the waiting list now has it.</summary>
public sealed record WaitlistPromoted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid NetworkEventId,
    string EventTitle,
    Guid MemberId,
    RegistrationCounts Counts) : IRegistrationChange;
