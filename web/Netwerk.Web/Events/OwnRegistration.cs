namespace Netwerk.Web.Events;

/// <summary>The signed-in member's registration for an event (`GET /api/events/{id}/registrations/me`, and what
/// registering answers).</summary>
public sealed record OwnRegistration(Guid EventId, string Status, int? WaitlistPosition, DateTimeOffset RegisteredAt, DateTimeOffset? CheckedInAt)
{
    public bool Waitlisted => Status == "waitlisted";

    public bool Active => Status is "confirmed" or "waitlisted";
}
