namespace Netwerk.Web.Events;

/// <summary>A line of an event's registrations list, for moderators (`GET /api/events/{id}/registrations`).</summary>
public sealed record RegistrationLine(Guid Id, Guid? MemberId, string? DisplayName, string Status, int? WaitlistPosition,
    DateTimeOffset RegisteredAt, DateTimeOffset? CheckedInAt)
{
    public string DutchStatus => Status switch
    {
        "confirmed" => "aangemeld",
        "waitlisted" => $"wachtlijst ({WaitlistPosition})",
        "cancelled" => "afgemeld",
        _ => Status,
    };
}
