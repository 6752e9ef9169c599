namespace Netwerk.Web.Events;

/// <summary>An event as `GET /api/events` and `GET /api/events/{id}` give it (the fields the pages read).</summary>
public sealed record NetworkEvent(
    Guid Id,
    string Title,
    string Description,
    string DescriptionHtml,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    DateTimeOffset LocalStartsAt,
    DateTimeOffset LocalEndsAt,
    string? Location,
    string? OnlineUrl,
    int? Capacity,
    DateTimeOffset RegistrationClosesAt,
    bool RegistrationOpen,
    Guid? GroupId,
    string? GroupName,
    string Status,
    int ConfirmedCount,
    int WaitlistCount,
    int CheckedInCount,
    string CalendarUrl)
{
    public bool Cancelled => Status == "cancelled";

    /// <summary>Where it is, as one Dutch phrase.</summary>
    public string Place => Location ?? (OnlineUrl is null ? "locatie volgt" : "online");
}
