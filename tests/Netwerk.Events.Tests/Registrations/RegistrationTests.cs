using System.Net;

namespace Netwerk.Events.Tests.Registrations;

public sealed class RegistrationTests(EventsFixture fixture) : IClassFixture<EventsFixture>
{
    [Fact]
    public async Task Registering_twice_returns_the_existing_registration()
    {
        var eventId = (await fixture.ScheduleAsync()).Id();
        var member = fixture.AsMember(Guid.NewGuid());

        var first = await member.RegisterAsync(eventId);
        var second = await member.RegisterAsync(eventId);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("registeredAt").GetDateTimeOffset(),
            (await second.JsonAsync()).GetProperty("registeredAt").GetDateTimeOffset());
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM registrations WHERE network_event_id = '{eventId}'"));
    }

    [Fact]
    public async Task A_member_lists_the_events_they_are_registered_for_seated_or_waiting_and_a_visitor_cannot()
    {
        var waiting = (await fixture.ScheduleAsync(e => e["capacity"] = 1)).Id();
        var seated = (await fixture.ScheduleAsync()).Id();
        var left = (await fixture.ScheduleAsync()).Id();
        var notRegistered = (await fixture.ScheduleAsync()).Id();
        var member = fixture.AsMember(Guid.NewGuid());
        await fixture.AsMember(Guid.NewGuid()).RegisterAsync(waiting);
        foreach (var eventId in new[] { waiting, seated, left }) await member.RegisterAsync(eventId);
        await member.DeleteAsync($"/api/events/{left}/registrations/me");

        var mine = (await (await member.GetAsync("/api/events?registered=true&limit=100")).JsonAsync())
            .GetProperty("items").EnumerateArray().Select(e => e.Id()).ToHashSet();
        var anonymous = await fixture.Anonymous().GetAsync("/api/events?registered=true");

        Assert.Equal(new HashSet<Guid> { waiting, seated }, mine);
        Assert.DoesNotContain(notRegistered, mine);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Cancelling_a_confirmed_seat_promotes_the_first_on_the_waiting_list()
    {
        var eventId = (await fixture.ScheduleAsync(e => e["capacity"] = 2)).Id();
        var (anne, bram, chantal, dirk) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        foreach (var member in new[] { anne, bram, chantal, dirk }) await fixture.AsMember(member).RegisterAsync(eventId);

        var cancelled = await fixture.AsMember(anne).DeleteAsync($"/api/events/{eventId}/registrations/me");

        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        var promoted = await (await fixture.AsMember(chantal).GetAsync($"/api/events/{eventId}/registrations/me")).JsonAsync();
        Assert.Equal("confirmed", promoted.Status());
        Assert.True(promoted.TryGetProperty("promotedAt", out var promotedAt) && promotedAt.ValueKind != System.Text.Json.JsonValueKind.Null);
        var stillWaiting = await (await fixture.AsMember(dirk).GetAsync($"/api/events/{eventId}/registrations/me")).JsonAsync();
        Assert.Equal(1, stillWaiting.GetProperty("waitlistPosition").GetInt32());
        var details = await (await fixture.Anonymous().GetAsync($"/api/events/{eventId}")).JsonAsync();
        Assert.Equal((2, 1), (details.GetProperty("confirmedCount").GetInt32(), details.GetProperty("waitlistCount").GetInt32()));
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%WaitlistPromoted%' AND payload->>'memberId' = '{chantal}'"));
    }

    [Fact]
    public async Task Cancelling_a_waiting_list_place_promotes_nobody_and_registering_again_joins_the_back()
    {
        var eventId = (await fixture.ScheduleAsync(e => e["capacity"] = 1)).Id();
        var (first, second, third) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        foreach (var member in new[] { first, second, third }) await fixture.AsMember(member).RegisterAsync(eventId);

        await fixture.AsMember(second).DeleteAsync($"/api/events/{eventId}/registrations/me");
        var again = await (await fixture.AsMember(second).RegisterAsync(eventId)).JsonAsync();

        Assert.Equal("waitlisted", again.Status());
        Assert.Equal(2, again.GetProperty("waitlistPosition").GetInt32());
        var thirdNow = await (await fixture.AsMember(third).GetAsync($"/api/events/{eventId}/registrations/me")).JsonAsync();
        Assert.Equal(1, thirdNow.GetProperty("waitlistPosition").GetInt32());
    }

    [Fact]
    public async Task Cancelling_without_a_registration_is_not_found()
    {
        var eventId = (await fixture.ScheduleAsync()).Id();

        var response = await fixture.AsMember(Guid.NewGuid()).DeleteAsync($"/api/events/{eventId}/registrations/me");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_event_is_not_found()
    {
        var response = await fixture.AsMember(Guid.NewGuid()).RegisterAsync(Guid.NewGuid());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
