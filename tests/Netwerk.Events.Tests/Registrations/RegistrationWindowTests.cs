using System.Net;
using System.Text.Json;

namespace Netwerk.Events.Tests.Registrations;

/// <summary>When registrations can change: until the closing time, never for a cancelled or started event.</summary>
public sealed class RegistrationWindowTests(EventsFixture fixture) : IClassFixture<EventsFixture>
{
    [Fact]
    public async Task Registration_closes_at_the_closing_time()
    {
        var now = fixture.Clock.GetUtcNow();
        var eventId = (await fixture.ScheduleAsync(e => e["registrationClosesAt"] = now.AddDays(1).ToString("O"))).Id();
        Assert.Equal(HttpStatusCode.Created, (await fixture.AsMember(Guid.NewGuid()).RegisterAsync(eventId)).StatusCode);

        fixture.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var late = await fixture.AsMember(Guid.NewGuid()).RegisterAsync(eventId);

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("closed", (await late.JsonAsync()).GetProperty("title").GetString());
        var details = await (await fixture.Anonymous().GetAsync($"/api/events/{eventId}")).JsonAsync();
        Assert.False(details.GetProperty("registrationOpen").GetBoolean());
        Assert.Equal(1, details.GetProperty("confirmedCount").GetInt32());
    }

    [Fact]
    public async Task A_started_event_takes_no_registrations_and_no_cancellations()
    {
        var now = fixture.Clock.GetUtcNow();
        var member = Guid.NewGuid();
        var eventId = (await fixture.ScheduleAsync(e =>
        {
            e["startsAt"] = now.AddHours(1).ToString("O");
            e["endsAt"] = now.AddHours(3).ToString("O");
        })).Id();
        await fixture.AsMember(member).RegisterAsync(eventId);

        fixture.Clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(HttpStatusCode.Conflict, (await fixture.AsMember(Guid.NewGuid()).RegisterAsync(eventId)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.AsMember(member).DeleteAsync($"/api/events/{eventId}/registrations/me")).StatusCode);
    }

    [Fact]
    public async Task Cancelling_an_event_tells_every_registrant_and_freezes_its_registrations()
    {
        var eventId = (await fixture.ScheduleAsync(e => e["capacity"] = 1)).Id();
        var (seated, waiting) = (Guid.NewGuid(), Guid.NewGuid());
        await fixture.AsMember(seated).RegisterAsync(eventId);
        await fixture.AsMember(waiting).RegisterAsync(eventId);

        var cancel = await fixture.AsModerator().PostAsync($"/api/events/{eventId}/cancel", null);

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal("cancelled", (await cancel.JsonAsync()).Status());
        var told = await fixture.CountAsync($"""
            SELECT count(*) FROM outbox_messages, jsonb_array_elements_text(payload->'registrantIds') AS registrant
            WHERE event_type LIKE '%EventCancelled%' AND payload->'event'->>'id' = '{eventId}' AND registrant IN ('{seated}', '{waiting}')
            """);
        Assert.Equal(2, told);
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.AsMember(Guid.NewGuid()).RegisterAsync(eventId)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.AsMember(seated).DeleteAsync($"/api/events/{eventId}/registrations/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.AsModerator().PostAsync($"/api/events/{eventId}/registrations/{seated}/check-in", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.AsModerator().PatchAsync($"/api/events/{eventId}", Json(new { title = "Toch wel" }))).StatusCode);
        var waitingNow = await (await fixture.AsMember(waiting).GetAsync($"/api/events/{eventId}/registrations/me")).JsonAsync();
        Assert.Equal("waitlisted", waitingNow.Status());
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");
}
