using System.Globalization;

namespace Netwerk.Events.Scheduling;

/// <summary>Reads the times clients send and shows stored times in an event's zone.</summary>
internal static class EventTimes
{
    public const string DefaultTimeZone = "Europe/Amsterdam";

    /// <summary>An IANA zone this machine knows (tzdata), such as Europe/Amsterdam.</summary>
    public static TimeZoneInfo? FindZone(string id) =>
        id.Contains('/') && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId ? zone : null;

    /// <summary>An instant in UTC, whole seconds; null with an <paramref name="error"/> when the text is no time.</summary>
    public static DateTimeOffset? Parse(string text, TimeZoneInfo zone, out string? error)
    {
        error = null;
        var hasOffset = text.EndsWith('Z') || text.EndsWith('z') || HasNumericOffset(text);
        if (hasOffset)
        {
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact)) return WholeSeconds(exact);
        }
        else if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            if (zone.IsInvalidTime(local))
            {
                error = $"This wall-clock time does not exist in {zone.Id} (the clocks skip it).";
                return null;
            }
            return WholeSeconds(new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero));
        }
        error = "Not an ISO 8601 date and time, such as 2026-09-09T10:00:00+02:00 or 2026-09-09T10:00 (in the event's time zone).";
        return null;
    }

    /// <summary>The instant as the wall clock in the event's zone shows it, with that moment's offset.</summary>
    public static DateTimeOffset InZone(DateTimeOffset time, string zoneId) =>
        FindZone(zoneId) is { } zone ? TimeZoneInfo.ConvertTime(time, zone) : time;

    private static bool HasNumericOffset(string text) =>
        text.Length > 6 && (text[^6] is '+' or '-') && text[^3] == ':' && text.IndexOf('T') is > 0 and var t && text.LastIndexOfAny(['+', '-']) > t;

    private static DateTimeOffset WholeSeconds(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerSecond));
    }
}
