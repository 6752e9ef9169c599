using System.Net;

namespace Netwerk.Events.Tests.Registrations;

/// <summary>Capacity under simultaneous registrations: the event's row lock serialises them, so the seats go to the
/// first ten and the rest queue in the order they were served.</summary>
public sealed class RegistrationRushTests(EventsFixture fixture) : IClassFixture<EventsFixture>
{
    [Fact]
    public async Task Fifty_simultaneous_registrations_for_ten_seats_confirm_ten_and_waitlist_forty_in_order()
    {
        var eventId = (await fixture.ScheduleAsync(e => e["capacity"] = 10)).Id();
        var clients = Enumerable.Range(0, 50).Select(_ => fixture.AsMember(Guid.NewGuid())).ToList();

        var responses = await Task.WhenAll(clients.Select(client => client.RegisterAsync(eventId)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        var bodies = await Task.WhenAll(responses.Select(r => r.JsonAsync()));
        Assert.Equal(10, bodies.Count(b => b.Status() == "confirmed"));
        var positions = bodies.Where(b => b.Status() == "waitlisted").Select(b => b.GetProperty("waitlistPosition").GetInt32()).Order();
        Assert.Equal(Enumerable.Range(1, 40), positions);

        Assert.Equal(10, await fixture.CountAsync($"SELECT count(*) FROM registrations WHERE network_event_id = '{eventId}' AND status = 'confirmed'"));
        var details = await (await fixture.Anonymous().GetAsync($"/api/events/{eventId}")).JsonAsync();
        Assert.Equal(10, details.GetProperty("confirmedCount").GetInt32());
        Assert.Equal(40, details.GetProperty("waitlistCount").GetInt32());

        // In arrival order: every seat went to someone served before anyone who waits, and the waiting list follows
        // the order in which registrations were served.
        var list = await (await fixture.AsModerator().GetAsync($"/api/events/{eventId}/registrations?limit=100")).JsonAsync();
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(50, items.Count);
        Assert.All(items.Take(10), item => Assert.Equal("confirmed", item.Status()));
        Assert.Equal(Enumerable.Range(1, 40), items.Skip(10).Select(item => item.GetProperty("waitlistPosition").GetInt32()));
    }

    [Fact]
    public async Task Two_replicas_taking_registrations_at_once_never_exceed_the_capacity()
    {
        var eventId = (await fixture.ScheduleAsync(e => e["capacity"] = 15)).Id();
        var second = await fixture.StartReplicaAsync();
        var members = Enumerable.Range(0, 60).Select(_ => Guid.NewGuid()).ToList();

        var responses = await Task.WhenAll(members.Select((member, i) =>
        {
            var client = i % 2 == 0 ? fixture.AsMember(member) : second.CreateClient();
            if (i % 2 == 1) client.DefaultRequestHeaders.Authorization = new("Bearer", fixture.Tokens.Member(member, "Lid"));
            return client.RegisterAsync(eventId);
        }));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        Assert.Equal(15, await fixture.CountAsync($"SELECT count(*) FROM registrations WHERE network_event_id = '{eventId}' AND status = 'confirmed'"));
        Assert.Equal(45, await fixture.CountAsync($"SELECT count(*) FROM registrations WHERE network_event_id = '{eventId}' AND status = 'waitlisted'"));
        var positions = (await Task.WhenAll(responses.Select(r => r.JsonAsync())))
            .Where(b => b.Status() == "waitlisted").Select(b => b.GetProperty("waitlistPosition").GetInt32()).Order();
        Assert.Equal(Enumerable.Range(1, 45), positions);
    }

    [Fact]
    public async Task Simultaneous_registrations_of_one_member_give_one_registration()
    {
        var eventId = (await fixture.ScheduleAsync()).Id();
        var member = Guid.NewGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => fixture.AsMember(member).RegisterAsync(eventId)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM registrations WHERE network_event_id = '{eventId}'"));
    }
}
