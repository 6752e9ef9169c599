namespace Netwerk.Events.Registrations;

/// <summary>One line of an event's registration list, for moderators. A member who left shows without id or name.</summary>
public sealed record RegistrationListItem(
    Guid Id,
    Guid? MemberId,
    string? DisplayName,
    string Status,
    int? WaitlistPosition,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? PromotedAt,
    DateTimeOffset? CancelledAt,
    DateTimeOffset? CheckedInAt);
