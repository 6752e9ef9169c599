using Microsoft.EntityFrameworkCore;
using Netwerk.Events.Data;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Events.Calendars;

internal static class CalendarApi
{
    /// <summary>How far back the feed reaches, so a subscribed calendar keeps recent meetings instead of dropping them.</summary>
    private static readonly TimeSpan FeedHistory = TimeSpan.FromDays(30);
    private const int FeedSize = 500;

    public static void MapCalendarApi(this IEndpointRouteBuilder routes)
    {
        var calendars = routes.MapGroup("/api/events").WithTags("Calendars");
        calendars.MapGet("/calendar.ics", FeedAsync).WithName("EventsCalendarFeed")
            .WithSummary("iCalendar feed of upcoming events (and those of the last 30 days), to subscribe to in Outlook or Google Calendar.")
            .Produces<string>(contentType: EventCalendar.ContentType);
        calendars.MapGet("/{id:guid}/calendar.ics", OneAsync).WithName("EventCalendar")
            .WithSummary("One event as iCalendar, to add to a calendar.")
            .Produces<string>(contentType: EventCalendar.ContentType).Produces(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> FeedAsync(EventsDbContext db, EventCalendar calendar, TimeProvider clock, CancellationToken cancellationToken)
    {
        var since = clock.Now() - FeedHistory;
        var events = await db.Events.AsNoTracking().Where(e => e.EndsAt >= since)
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id).Take(FeedSize).ToListAsync(cancellationToken);
        return TypedResults.Text(calendar.Write(events, "Netwerk Informatiemanagement po/vo"), EventCalendar.ContentType);
    }

    private static async Task<IResult> OneAsync(Guid id, EventsDbContext db, EventCalendar calendar, HttpResponse response, CancellationToken cancellationToken)
    {
        var networkEvent = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (networkEvent is null) return TypedResults.NotFound();
        response.Headers.ContentDisposition = $"attachment; filename=\"netwerk-{id:N}.ics\"";
        return TypedResults.Text(calendar.Write([networkEvent], networkEvent.Title), EventCalendar.ContentType);
    }
}
