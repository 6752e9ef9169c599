namespace Netwerk.Contracts.Events;

/// <summary>A member registered for a full network event and is on the waiting list at <paramref name="Position"/>.</summary>
public sealed record RegistrationWaitlisted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid NetworkEventId,
    string EventTitle,
    Guid MemberId,
    int Position,
    RegistrationCounts Counts) : IRegistrationChange;
