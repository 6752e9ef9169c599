using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Platform.Tests.Journeys;

/// <summary>Registrations in events become notifications in the members' own inboxes, in Dutch, with membership's
/// tokens throughout.</summary>
public sealed class EventNotificationsTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private readonly PlatformSlice _slice = fixture.Slice;

    [Fact]
    public async Task Registrants_hear_of_their_seat_the_waiting_list_a_promotion_and_a_cancellation()
    {
        var anne = await MemberTokenAsync("Anne de Vries");
        var bram = await MemberTokenAsync("Bram Jansen");
        var admin = await _slice.AsAdministratorAsync(_slice.Events.CreateClient());
        var scheduled = await admin.PostAsJsonAsync("/api/events", new
        {
            title = "Regiobijeenkomst Oost",
            startsAt = DateTimeOffset.UtcNow.AddDays(10),
            endsAt = DateTimeOffset.UtcNow.AddDays(10).AddHours(2),
            location = "Zwolle",
            capacity = 1,
        });
        var eventId = (await scheduled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Created, (await Client(_slice.Events, anne).PostAsync($"/api/events/{eventId}/registrations", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Client(_slice.Events, bram).PostAsync($"/api/events/{eventId}/registrations", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Client(_slice.Events, anne).DeleteAsync($"/api/events/{eventId}/registrations/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/events/{eventId}/cancel", null)).StatusCode);

        var bramsInbox = await Eventually.ReturnsAsync(() => TitlesAsync(bram), titles => titles.Count >= 3);
        Assert.Equal(["Bijeenkomst geannuleerd", "Er is een plaats voor je vrijgekomen", "Je staat op de wachtlijst"], bramsInbox.Order());
        var annesInbox = await Eventually.ReturnsAsync(() => TitlesAsync(anne), titles => titles.Count >= 1);
        Assert.Equal(["Aanmelding bevestigd"], annesInbox);
    }

    private async Task<string> MemberTokenAsync(string name)
    {
        var email = $"{Guid.NewGuid():N}@school.example";
        var registration = await _slice.RegisterAsync(name, email: email);
        var memberId = (await registration.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await (await _slice.AsAdministratorAsync(_slice.Membership.CreateClient())).PostAsync($"/api/members/{memberId}/approve", null);
        return await _slice.TokenAsync(email, "Veilig-wachtwoord-42");
    }

    private async Task<List<string>> TitlesAsync(string token)
    {
        var inbox = await Client(_slice.Notifications, token).GetFromJsonAsync<JsonElement>("/api/notifications?limit=100");
        return inbox.GetProperty("items").EnumerateArray()
            .Where(n => n.GetProperty("category").GetString() == "events")
            .Select(n => n.GetProperty("title").GetString()!).ToList();
    }

    private static HttpClient Client<T>(ServiceFactory<T> service, string token) where T : class
    {
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
