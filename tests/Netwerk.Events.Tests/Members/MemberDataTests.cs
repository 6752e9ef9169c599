using System.Net;
using Netwerk.Contracts.Members;
using Netwerk.Testing;

namespace Netwerk.Events.Tests.Members;

/// <summary>Names follow membership's events; a member who leaves is no longer named, and counts stay right.</summary>
public sealed class MemberDataTests(EventsFixture fixture) : IClassFixture<EventsFixture>
{
    [Fact]
    public async Task A_changed_name_shows_in_the_registration_list()
    {
        var eventId = (await fixture.ScheduleAsync()).Id();
        var member = Guid.NewGuid();
        await fixture.AsMember(member, "Anne de Vries").RegisterAsync(eventId);

        await fixture.PublishAsync(new MemberProfileUpdated(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(1), member, "Anne Jansen-de Vries",
            "OBS De Linde", "12AB", "ICT-coördinator", "po", null, true, false));

        var name = await Eventually.ReturnsAsync(() => NameInListAsync(eventId, member), n => n == "Anne Jansen-de Vries");
        Assert.Equal("Anne Jansen-de Vries", name);
    }

    [Fact]
    public async Task An_erased_member_is_no_longer_named_their_upcoming_seat_goes_to_the_next_and_past_counts_stay()
    {
        var leaving = Guid.NewGuid();
        var waiting = Guid.NewGuid();
        var now = fixture.Clock.GetUtcNow();
        var past = (await fixture.ScheduleAsync(e =>
        {
            e["startsAt"] = now.AddHours(1).ToString("O");
            e["endsAt"] = now.AddHours(2).ToString("O");
        })).Id();
        await fixture.AsMember(leaving, "Bram Jansen").RegisterAsync(past);
        await fixture.AsModerator().PostAsync($"/api/events/{past}/registrations/{leaving}/check-in", null);
        fixture.Clock.Advance(TimeSpan.FromHours(3));
        var upcoming = (await fixture.ScheduleAsync(e => e["capacity"] = 1)).Id();
        await fixture.AsMember(leaving, "Bram Jansen").RegisterAsync(upcoming);
        await fixture.AsMember(waiting).RegisterAsync(upcoming);

        await fixture.PublishAsync(new MemberErased(Guid.NewGuid(), DateTimeOffset.UtcNow, leaving));

        await Eventually.ReturnsAsync(() => fixture.CountAsync($"SELECT count(*) FROM registrations WHERE member_id = '{leaving}'"), n => n == 0);
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM attendees WHERE member_id = '{leaving}'"));
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM attendees WHERE display_name = 'Bram Jansen'"));
        var pastDetails = await (await fixture.Anonymous().GetAsync($"/api/events/{past}")).JsonAsync();
        Assert.Equal((1, 1), (pastDetails.GetProperty("confirmedCount").GetInt32(), pastDetails.GetProperty("checkedInCount").GetInt32()));
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM registrations WHERE network_event_id = '{past}' AND member_id IS NULL AND status = 'confirmed'"));
        Assert.Equal("confirmed", (await (await fixture.AsMember(waiting).GetAsync($"/api/events/{upcoming}/registrations/me")).JsonAsync()).Status());
        var upcomingDetails = await (await fixture.Anonymous().GetAsync($"/api/events/{upcoming}")).JsonAsync();
        Assert.Equal((1, 0), (upcomingDetails.GetProperty("confirmedCount").GetInt32(), upcomingDetails.GetProperty("waitlistCount").GetInt32()));
    }

    private async Task<string?> NameInListAsync(Guid eventId, Guid member)
    {
        var response = await fixture.AsModerator().GetAsync($"/api/events/{eventId}/registrations");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("memberId").GetString() == member.ToString())
            .Select(i => i.GetProperty("displayName").GetString()).FirstOrDefault();
    }
}
