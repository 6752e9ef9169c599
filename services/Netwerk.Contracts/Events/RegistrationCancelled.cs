namespace Netwerk.Contracts.Events;

/// <summary>A member cancelled their registration (seat or waiting-list place).</summary>
public sealed record RegistrationCancelled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid NetworkEventId,
    string EventTitle,
    Guid MemberId,
    RegistrationCounts Counts) : IRegistrationChange;
