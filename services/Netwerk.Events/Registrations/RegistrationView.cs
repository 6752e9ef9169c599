using Netwerk.Events.Data;

namespace Netwerk.Events.Registrations;

/// <summary>A member's own registration; <see cref="WaitlistPosition"/> only while waitlisted.</summary>
public sealed record RegistrationView(
    Guid EventId,
    Guid MemberId,
    string Status,
    int? WaitlistPosition,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? PromotedAt,
    DateTimeOffset? CheckedInAt)
{
    /// <summary>The view of a registration whose waiting-list place is known (null when not waitlisted).</summary>
    internal static RegistrationView From(Registration registration, int? waitlistPosition) => new(
        registration.NetworkEventId, registration.MemberId!.Value, registration.Status, waitlistPosition,
        registration.RegisteredAt, registration.PromotedAt, registration.CheckedInAt);

    /// <summary>The view of a registration, counting its waiting-list place when it has one.</summary>
    internal static async Task<RegistrationView> ReadAsync(EventsDbContext db, Registration registration, CancellationToken cancellationToken)
    {
        var position = registration.Status == RegistrationStatus.Waitlisted ? await Seats.WaitlistPositionAsync(db, registration, cancellationToken) : (int?)null;
        return From(registration, position);
    }
}
