using System.Globalization;

namespace Netwerk.Events.Scheduling;

/// <summary>An event as a client sends it (POST), or the fields a PATCH changes. Times are ISO 8601: with an offset
/// (or Z) they are exact instants; without one they are wall-clock times in <see cref="TimeZone"/>.</summary>
public sealed record EventInput(
    string? Title,
    string? Description,
    string? StartsAt,
    string? EndsAt,
    string? TimeZone,
    string? Location,
    string? OnlineUrl,
    int? Capacity,
    string? RegistrationClosesAt,
    Guid? GroupId)
{
    /// <summary>The event's current values, to lay a PATCH over.</summary>
    public static EventInput From(NetworkEvent networkEvent) => new(
        networkEvent.Title, networkEvent.Description, Instant(networkEvent.StartsAt), Instant(networkEvent.EndsAt), networkEvent.TimeZone,
        networkEvent.Location, networkEvent.OnlineUrl, networkEvent.Capacity,
        networkEvent.RegistrationClosesAt is { } closes ? Instant(closes) : null, networkEvent.GroupId);

    private static string Instant(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
