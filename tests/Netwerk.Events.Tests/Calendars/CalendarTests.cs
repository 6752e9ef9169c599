using System.Text;
using System.Text.Json;
using Ical.Net;

namespace Netwerk.Events.Tests.Calendars;

/// <summary>The iCalendar output, parsed back with Ical.Net as a calendar application would read it.</summary>
public sealed class CalendarTests(EventsFixture fixture) : IClassFixture<EventsFixture>
{
    [Fact]
    public async Task Head_on_a_calendar_answers_as_get_without_the_body()
    {
        var eventId = (await fixture.ScheduleAsync()).Id();

        foreach (var path in new[] { $"/api/events/{eventId}/calendar.ics", "/api/events/calendar.ics" })
        {
            using var head = await fixture.Anonymous().SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

            Assert.Equal(System.Net.HttpStatusCode.OK, head.StatusCode);
            Assert.Equal("text/calendar", head.Content.Headers.ContentType?.MediaType);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task One_event_reads_back_with_its_zone_and_wall_clock_times()
    {
        var eventId = (await fixture.ScheduleAsync(e => { e["startsAt"] = "2030-06-12T09:30"; e["endsAt"] = "2030-06-12T16:30"; })).Id();

        var response = await fixture.Anonymous().GetAsync($"/api/events/{eventId}/calendar.ics");

        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(calendar.TimeZones, zone => zone.TzId == "Europe/Amsterdam");
        var entry = Assert.Single(calendar.Events);
        Assert.Equal("Europe/Amsterdam", entry.DtStart!.TzId);
        Assert.Equal((9, 30), (entry.DtStart.Hour, entry.DtStart.Minute));
        Assert.Equal(new DateTime(2030, 6, 12, 7, 30, 0, DateTimeKind.Utc), entry.DtStart.AsUtc);
        Assert.Equal(new DateTime(2030, 6, 12, 14, 30, 0, DateTimeKind.Utc), entry.DtEnd!.AsUtc);
        Assert.Equal("Regiobijeenkomst Midden", entry.Summary);
        Assert.Equal(0, entry.Sequence);
    }

    [Fact]
    public async Task The_uid_stays_and_the_sequence_grows_through_changes_and_a_cancellation()
    {
        var eventId = (await fixture.ScheduleAsync()).Id();
        var before = await EntryAsync(eventId);

        await fixture.AsModerator().PatchAsync($"/api/events/{eventId}",
            new StringContent(JsonSerializer.Serialize(new { title = "Regiobijeenkomst Midden (nieuwe zaal)" }), Encoding.UTF8, "application/json"));
        var changed = await EntryAsync(eventId);
        await fixture.AsModerator().PostAsync($"/api/events/{eventId}/cancel", null);
        var cancelled = await EntryAsync(eventId);

        Assert.Equal(before.Uid, changed.Uid);
        Assert.Equal(before.Uid, cancelled.Uid);
        Assert.Equal("Regiobijeenkomst Midden (nieuwe zaal)", changed.Summary);
        Assert.True(changed.Sequence > before.Sequence);
        Assert.True(cancelled.Sequence > changed.Sequence);
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal("CONFIRMED", changed.Status);
    }

    [Fact]
    public async Task The_feed_lists_upcoming_events_with_the_same_uids()
    {
        var first = (await fixture.ScheduleAsync()).Id();
        var second = (await fixture.ScheduleAsync(e => e["title"] = "Webinar informatiebeveiliging")).Id();

        var feed = Calendar.Load(await fixture.Anonymous().GetStringAsync("/api/events/calendar.ics"))!;

        var uids = feed.Events.Select(e => e.Uid).ToList();
        Assert.Contains((await EntryAsync(first)).Uid, uids);
        Assert.Contains((await EntryAsync(second)).Uid, uids);
        Assert.Contains(feed.TimeZones, zone => zone.TzId == "Europe/Amsterdam");
    }

    private async Task<Ical.Net.CalendarComponents.CalendarEvent> EntryAsync(Guid eventId) =>
        Assert.Single(Calendar.Load(await fixture.Anonymous().GetStringAsync($"/api/events/{eventId}/calendar.ics"))!.Events);
}
