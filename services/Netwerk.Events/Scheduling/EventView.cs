namespace Netwerk.Events.Scheduling;

/// <summary>An event as clients see it. <c>startsAt</c>/<c>endsAt</c> are UTC; <c>localStartsAt</c>/<c>localEndsAt</c>
/// are the same instants on the wall clock of <c>timeZone</c>, with that day's offset.</summary>
public sealed record EventView(
    Guid Id,
    string Title,
    string Description,
    string DescriptionHtml,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
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
    int Sequence,
    string CalendarUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static EventView From(NetworkEvent e, string? groupName, DateTimeOffset now) => new(
        e.Id, e.Title, e.Description, e.DescriptionHtml, e.StartsAt, e.EndsAt, e.TimeZone,
        EventTimes.InZone(e.StartsAt, e.TimeZone), EventTimes.InZone(e.EndsAt, e.TimeZone),
        e.Location, e.OnlineUrl, e.Capacity, e.EffectiveClosingTime,
        !e.IsCancelled && now < e.EffectiveClosingTime, e.GroupId, groupName, e.Status,
        e.ConfirmedCount, e.WaitlistCount, e.CheckedInCount, e.Sequence, $"/api/events/{e.Id}/calendar.ics", e.CreatedAt, e.UpdatedAt);

    /// <summary>A strong ETag for If-Match: the sequence grows with every change to the event's own fields.</summary>
    public static string ETag(NetworkEvent e) => $"\"{e.Sequence}\"";
}
