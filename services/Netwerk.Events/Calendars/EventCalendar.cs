using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Netwerk.Events.Scheduling;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.Text;

namespace Netwerk.Events.Calendars;

/// <summary>Writes events as RFC 5545 iCalendar that Outlook and Google Calendar subscribe to: a UID that never
/// changes (so an update replaces the entry instead of adding one), SEQUENCE that grows with every change, the start
/// and end on the wall clock of the event's zone with that zone's VTIMEZONE, and STATUS:CANCELLED for cancellations.</summary>
internal sealed class EventCalendar(PublicLinks links)
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public string Write(IReadOnlyCollection<NetworkEvent> events, string name)
    {
        var calendar = new Calendar { ProductId = "-//Informatiemanagement po/vo//Netwerk//NL", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", EventTimes.DefaultTimeZone);
        // Ical.Net writes the zone's rules from this moment up to the present; it must not lie in the future.
        var earliest = events.Select(e => e.StartsAt.UtcDateTime).Append(DateTime.UtcNow).Min().AddYears(-1);
        foreach (var zone in events.Select(e => e.TimeZone).Append(EventTimes.DefaultTimeZone).Distinct())
        {
            calendar.AddTimeZone(zone, earliest, includeHistoricalData: false);
        }
        foreach (var networkEvent in events) calendar.Events.Add(Entry(networkEvent));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private CalendarEvent Entry(NetworkEvent e)
    {
        var entry = new CalendarEvent
        {
            Uid = $"{e.Id}@{links.Host}",
            Summary = e.Title,
            Description = DescriptionWithLink(e),
            DtStart = WallClock(e.StartsAt, e.TimeZone),
            DtEnd = WallClock(e.EndsAt, e.TimeZone),
            Location = e.Location ?? e.OnlineUrl,
            Url = new Uri(links.To(WebPages.Event(e.Id))),
            Sequence = e.Sequence,
            Status = e.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            DtStamp = new CalDateTime(e.UpdatedAt.UtcDateTime, "UTC"),
            LastModified = new CalDateTime(e.UpdatedAt.UtcDateTime, "UTC"),
            Created = new CalDateTime(e.CreatedAt.UtcDateTime, "UTC"),
        };
        return entry;
    }

    private static CalDateTime WallClock(DateTimeOffset time, string zone) =>
        new(DateTime.SpecifyKind(EventTimes.InZone(time, zone).DateTime, DateTimeKind.Unspecified), zone);

    private static string DescriptionWithLink(NetworkEvent e)
    {
        var text = SafeMarkdown.ToPlainText(e.Description);
        return e.OnlineUrl is { } online && e.Location is not null ? $"{text}\n\nOnline: {online}".Trim() : text;
    }
}
