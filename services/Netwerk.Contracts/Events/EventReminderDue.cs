namespace Netwerk.Contracts.Events;

/// <summary>A network event starts within 24 hours; published once per event. <paramref name="AttendeeIds"/> are the
/// members with a confirmed seat.</summary>
public sealed record EventReminderDue(
    Guid EventId,
    DateTimeOffset OccurredAt,
    NetworkEventDetails Event,
    IReadOnlyList<Guid> AttendeeIds) : IIntegrationEvent;
