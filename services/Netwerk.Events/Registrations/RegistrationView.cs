namespace Netwerk.Events.Registrations;

/// <summary>A member's own registration; <see cref="WaitlistPosition"/> only while waitlisted.</summary>
public sealed record RegistrationView(
    Guid EventId,
    Guid MemberId,
    string Status,
    int? WaitlistPosition,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? PromotedAt,
    DateTimeOffset? CheckedInAt);
