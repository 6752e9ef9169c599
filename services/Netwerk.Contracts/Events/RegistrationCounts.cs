namespace Netwerk.Contracts.Events;

/// <summary>An event's seat counts right after a registration change (for `event.registrations.changed`).</summary>
public sealed record RegistrationCounts(int? Capacity, int ConfirmedCount, int WaitlistCount);
