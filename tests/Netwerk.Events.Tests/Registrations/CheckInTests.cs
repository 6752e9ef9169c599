using System.Net;

namespace Netwerk.Events.Tests.Registrations;

public sealed class CheckInTests(EventsFixture fixture) : IClassFixture<EventsFixture>
{
    [Fact]
    public async Task A_confirmed_member_is_checked_in_once_and_counted()
    {
        var eventId = (await fixture.ScheduleAsync()).Id();
        var member = Guid.NewGuid();
        await fixture.AsMember(member).RegisterAsync(eventId);

        var first = await fixture.AsModerator().PostAsync($"/api/events/{eventId}/registrations/{member}/check-in", null);
        var second = await fixture.AsModerator().PostAsync($"/api/events/{eventId}/registrations/{member}/check-in", null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((await first.JsonAsync()).GetProperty("checkedInAt").GetDateTimeOffset(),
            (await second.JsonAsync()).GetProperty("checkedInAt").GetDateTimeOffset());
        var details = await (await fixture.Anonymous().GetAsync($"/api/events/{eventId}")).JsonAsync();
        Assert.Equal(1, details.GetProperty("checkedInCount").GetInt32());
    }

    [Fact]
    public async Task Only_confirmed_registrants_can_be_checked_in_and_only_by_a_moderator()
    {
        var eventId = (await fixture.ScheduleAsync(e => e["capacity"] = 1)).Id();
        var (seated, waiting) = (Guid.NewGuid(), Guid.NewGuid());
        await fixture.AsMember(seated).RegisterAsync(eventId);
        await fixture.AsMember(waiting).RegisterAsync(eventId);

        Assert.Equal(HttpStatusCode.Conflict, (await fixture.AsModerator().PostAsync($"/api/events/{eventId}/registrations/{waiting}/check-in", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.AsModerator().PostAsync($"/api/events/{eventId}/registrations/{Guid.NewGuid()}/check-in", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.AsMember(seated).PostAsync($"/api/events/{eventId}/registrations/{seated}/check-in", null)).StatusCode);
        var details = await (await fixture.Anonymous().GetAsync($"/api/events/{eventId}")).JsonAsync();
        Assert.Equal(0, details.GetProperty("checkedInCount").GetInt32());
    }
}
