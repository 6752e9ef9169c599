using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Netwerk.Events.Tests.Scheduling;

public sealed class SchedulingTests(EventsFixture fixture) : IClassFixture<EventsFixture>
{
    [Fact]
    public async Task Wall_clock_times_are_read_in_the_events_zone_and_stored_in_utc()
    {
        var summer = await fixture.ScheduleAsync(e => { e["startsAt"] = "2030-07-01T10:00"; e["endsAt"] = "2030-07-01T12:00"; });
        var winter = await fixture.ScheduleAsync(e => { e["startsAt"] = "2030-01-14T10:00"; e["endsAt"] = "2030-01-14T12:00"; });

        Assert.Equal("2030-07-01T08:00:00+00:00", summer.GetProperty("startsAt").GetDateTimeOffset().ToString("yyyy-MM-ddTHH:mm:sszzz"));
        Assert.Equal("2030-07-01T10:00:00+02:00", summer.GetProperty("localStartsAt").GetDateTimeOffset().ToString("yyyy-MM-ddTHH:mm:sszzz"));
        Assert.Equal("2030-01-14T10:00:00+01:00", winter.GetProperty("localStartsAt").GetDateTimeOffset().ToString("yyyy-MM-ddTHH:mm:sszzz"));
        Assert.Equal("Europe/Amsterdam", winter.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Only_moderators_schedule_and_anyone_reads()
    {
        var request = EventsFixture.ValidEvent(fixture.Clock.GetUtcNow());

        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anonymous().PostAsJsonAsync("/api/events", request)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.AsMember(Guid.NewGuid()).PostAsJsonAsync("/api/events", request)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.WithToken(fixture.Tokens.Partner("partner-demo")).PostAsJsonAsync("/api/events", request)).StatusCode);
        var eventId = (await fixture.ScheduleAsync()).Id();
        Assert.Equal(HttpStatusCode.OK, (await fixture.Anonymous().GetAsync($"/api/events/{eventId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anonymous().RegisterAsync(eventId)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.WithToken(new Testing.TestTokenIssuer().Member(Guid.NewGuid(), "Nep")).RegisterAsync(eventId)).StatusCode);
    }

    [Fact]
    public async Task A_change_with_a_stale_etag_is_refused_and_a_current_one_applies()
    {
        var eventId = (await fixture.ScheduleAsync()).Id();
        var read = await fixture.Anonymous().GetAsync($"/api/events/{eventId}");
        var etag = read.Headers.ETag!.Tag;
        await Send(HttpMethod.Patch, eventId, new { title = "Eerste wijziging" }, etag);

        var stale = await Send(HttpMethod.Patch, eventId, new { title = "Tweede wijziging" }, etag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var current = await (await fixture.Anonymous().GetAsync($"/api/events/{eventId}")).JsonAsync();
        Assert.Equal("Eerste wijziging", current.GetProperty("title").GetString());
        Assert.Equal(1, current.GetProperty("sequence").GetInt32());
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%EventUpdated%' AND payload->'event'->>'id' = '{eventId}'"));
    }

    [Fact]
    public async Task A_larger_capacity_promotes_from_the_waiting_list_and_a_smaller_one_than_the_seated_is_refused()
    {
        var eventId = (await fixture.ScheduleAsync(e => e["capacity"] = 1)).Id();
        var members = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToList();
        foreach (var member in members) await fixture.AsMember(member).RegisterAsync(eventId);

        var larger = await Send(HttpMethod.Patch, eventId, new { capacity = 3 });
        Assert.Equal(HttpStatusCode.OK, larger.StatusCode);
        var details = await larger.JsonAsync();
        Assert.Equal((3, 1), (details.GetProperty("confirmedCount").GetInt32(), details.GetProperty("waitlistCount").GetInt32()));
        Assert.Equal("waitlisted", (await (await fixture.AsMember(members[3]).GetAsync($"/api/events/{eventId}/registrations/me")).JsonAsync()).Status());

        Assert.Equal(HttpStatusCode.Conflict, (await Send(HttpMethod.Patch, eventId, new { capacity = 2 })).StatusCode);
    }

    [Fact]
    public async Task A_patch_with_an_unknown_or_mistyped_field_changes_nothing()
    {
        var eventId = (await fixture.ScheduleAsync()).Id();

        var unknown = await Send(HttpMethod.Patch, eventId, new { colour = "blauw" });
        var mistyped = await Send(HttpMethod.Patch, eventId, new { capacity = "veel" });

        Assert.Contains("colour", await unknown.FieldErrorsAsync());
        Assert.Equal(HttpStatusCode.BadRequest, mistyped.StatusCode);
        Assert.Equal(0, (await (await fixture.Anonymous().GetAsync($"/api/events/{eventId}")).JsonAsync()).GetProperty("sequence").GetInt32());
    }

    [Fact]
    public async Task The_list_shows_upcoming_events_soonest_first_in_pages()
    {
        var now = fixture.Clock.GetUtcNow();
        var groupId = Guid.NewGuid();
        await fixture.PublishAsync(new Contracts.Groups.GroupCreated(Guid.NewGuid(), DateTimeOffset.UtcNow, groupId, "Lijstgroep", ""));
        await Testing.Eventually.ReturnsAsync(() => fixture.CountAsync($"SELECT count(*) FROM known_groups WHERE id = '{groupId}'"), n => n == 1);
        foreach (var days in new[] { 30, 10, 20 })
        {
            await fixture.ScheduleAsync(e =>
            {
                e["groupId"] = groupId;
                e["startsAt"] = now.AddDays(days).ToString("O");
                e["endsAt"] = now.AddDays(days).AddHours(1).ToString("O");
            });
        }

        var first = await (await fixture.Anonymous().GetAsync($"/api/events?groupId={groupId}&limit=2")).JsonAsync();
        var cursor = first.GetProperty("nextCursor").GetString();
        var second = await (await fixture.Anonymous().GetAsync($"/api/events?groupId={groupId}&limit=2&cursor={cursor}")).JsonAsync();

        var starts = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(e => e.GetProperty("startsAt").GetDateTimeOffset()).ToList();
        Assert.Equal(3, starts.Count);
        Assert.Equal(starts.Order(), starts);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, Guid eventId, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, $"/api/events/{eventId}")
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null) request.Headers.IfMatch.ParseAdd(ifMatch);
        return fixture.AsModerator().SendAsync(request);
    }
}
