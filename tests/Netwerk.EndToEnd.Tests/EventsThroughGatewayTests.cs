using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.EndToEnd.Tests;

/// <summary>The demo network's meetings, seen and joined the way a client would: through the gateway, with a demo
/// member's token from membership.</summary>
[Collection(PlatformCollection.Name)]
public sealed class EventsThroughGatewayTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_demo_member_finds_the_congress_registers_and_adds_it_to_a_calendar()
    {
        // The working group's webinar appears once membership's GroupCreated for it has reached events.
        var events = await Eventually.ReturnsAsync(async () =>
            (await platform.Gateway.GetFromJsonAsync<JsonElement>("/api/events?limit=100")).GetProperty("items").EnumerateArray().ToList(),
            items => items.Any(e => e.GetProperty("groupName").ValueKind == JsonValueKind.String));
        var congress = events.Single(e => e.GetProperty("title").GetString()!.StartsWith("Congres OnderwijsInzicht"));
        Assert.Contains(events, e => e.GetProperty("groupName").GetString() == "Professionalisering");

        using var register = new HttpRequestMessage(HttpMethod.Post, $"/api/events/{congress.GetProperty("id").GetGuid()}/registrations");
        register.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await DemoTokens.MemberAsync(platform.Gateway));
        using var registered = await platform.Gateway.SendAsync(register);
        Assert.Contains(registered.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK });
        Assert.Equal("confirmed", (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        using var calendar = await platform.Gateway.GetAsync("/api/events/calendar.ics");
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType?.MediaType);
        Assert.Contains("BEGIN:VTIMEZONE", await calendar.Content.ReadAsStringAsync());
    }
}
