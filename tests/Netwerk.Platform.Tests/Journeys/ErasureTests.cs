using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Platform.Tests.Journeys;

/// <summary>Leaving the network (API.md, DELETE /api/members/me) across the two services of the slice.</summary>
public sealed class ErasureTests(SliceFixture fixture) : IClassFixture<SliceFixture>
{
    private readonly PlatformSlice _slice = fixture.Slice;

    [Fact]
    public async Task A_member_who_leaves_is_erased_everywhere_and_their_token_stops_working_at_once()
    {
        var email = $"{Guid.NewGuid():N}@school.example";
        var registration = await _slice.RegisterAsync("Marleen Vermeer", email: email);
        var memberId = (await registration.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var admin = await _slice.AsAdministratorAsync(_slice.Membership.CreateClient());
        await admin.PostAsync($"/api/members/{memberId}/approve", null);
        await Eventually.ReturnsAsync(AboutMemberAsync(memberId), count => count > 0);

        var token = await _slice.TokenAsync(email, "Veilig-wachtwoord-42");
        var member = Authorized(_slice.Membership.CreateClient(), token);
        var eventId = await ScheduleEventAsync();
        Assert.Equal(HttpStatusCode.Created,
            (await Authorized(_slice.Events.CreateClient(), token).PostAsync($"/api/events/{eventId}/registrations", null)).StatusCode);
        using var asked = await Authorized(_slice.Discussions.CreateClient(), token).PostAsJsonAsync("/api/discussions",
            new { kind = "question", title = "Hoe regelen jullie het verlof?", body = "In het rooster." });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        // Sent events that name the member are erased with them; one still on its way is delivered first.
        await Eventually.ReturnsAsync(() => PostgresInstance.QueryScalarAsync<long>(_slice.DiscussionsDatabase,
            "SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL"), count => count == 0);
        Assert.Equal(HttpStatusCode.NoContent, (await member.DeleteAsync("/api/members/me")).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await member.GetAsync("/api/members/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized,
            (await Authorized(_slice.Notifications.CreateClient(), token).GetAsync("/api/notifications")).StatusCode);
        Assert.Equal(0L, await Eventually.ReturnsAsync(AboutMemberAsync(memberId), count => count == 0));
        Assert.Equal(0L, await PostgresInstance.QueryScalarAsync<long>(_slice.MembershipDatabase,
            $"SELECT count(*) FROM members WHERE id = '{memberId}' AND (email LIKE '%school.example' OR display_name = 'Marleen Vermeer')"));
        Assert.Equal(HttpStatusCode.BadRequest,
            (await _slice.Membership.CreateClient().PostAsync("/connect/token", PasswordGrant(email))).StatusCode);
        Assert.Equal(0L, await Eventually.ReturnsAsync(() => PostgresInstance.QueryScalarAsync<long>(_slice.EventsDatabase,
            $"SELECT count(*) FROM registrations WHERE member_id = '{memberId}'"), count => count == 0));
        Assert.Equal(0L, await PostgresInstance.QueryScalarAsync<long>(_slice.EventsDatabase, "SELECT count(*) FROM attendees WHERE display_name = 'Marleen Vermeer'"));
        Assert.Empty(await Eventually.ReturnsAsync(() => PostgresInstance.TablesHoldingAsync(_slice.DiscussionsDatabase, memberId.ToString()), t => t.Count == 0));
        Assert.Empty(await PostgresInstance.TablesHoldingAsync(_slice.DiscussionsDatabase, "Marleen Vermeer"));
        Assert.Equal(1L, await PostgresInstance.QueryScalarAsync<long>(_slice.DiscussionsDatabase,
            "SELECT count(*) FROM threads WHERE title = 'Hoe regelen jullie het verlof?' AND author_id IS NULL"));
    }

    [Fact]
    public async Task The_export_holds_what_every_service_knows_of_the_member()
    {
        var email = $"{Guid.NewGuid():N}@school.example";
        var registration = await _slice.RegisterAsync("Nadia Bos", email: email);
        var memberId = (await registration.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await (await _slice.AsAdministratorAsync(_slice.Membership.CreateClient())).PostAsync($"/api/members/{memberId}/approve", null);
        await Eventually.ReturnsAsync(AboutMemberAsync(memberId), count => count > 0);
        var token = await _slice.TokenAsync(email, "Veilig-wachtwoord-42");
        var member = Authorized(_slice.Membership.CreateClient(), token);
        var eventId = await ScheduleEventAsync();
        await Authorized(_slice.Events.CreateClient(), token).PostAsync($"/api/events/{eventId}/registrations", null);
        var shared = new MultipartFormDataContent
        {
            { new ByteArrayContent("Notulen van de regiobijeenkomst."u8.ToArray()), "file", "notulen.txt" },
            { new StringContent("Notulen regiobijeenkomst"), "title" },
            { new StringContent("members"), "visibility" },
        };
        Assert.Equal(HttpStatusCode.Created, (await Authorized(_slice.Documents.CreateClient(), token).PostAsync("/api/documents", shared)).StatusCode);
        var discussions = Authorized(_slice.Discussions.CreateClient(), token);
        using var asked = await discussions.PostAsJsonAsync("/api/discussions", new { kind = "need", title = "Een gedeelde DPIA voor het vo", body = "Elke school doet het zelf." });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var needId = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await discussions.PutAsync($"/api/discussions/{needId}/vote", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Created,
            (await discussions.PostAsJsonAsync($"/api/discussions/{needId}/replies", new { body = "Wie doet er mee?" })).StatusCode);

        var export = await member.GetFromJsonAsync<JsonElement>("/api/members/me/export");

        var services = export.GetProperty("services");
        Assert.Equal(email, services.GetProperty("membership").GetProperty("email").GetString());
        Assert.Equal(["member"], services.GetProperty("membership").GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
        var notifications = services.GetProperty("notifications").GetProperty("notifications").EnumerateArray().ToList();
        Assert.Contains(notifications, n => n.GetProperty("body").GetString()!.StartsWith("Nadia Bos van "));
        var events = services.GetProperty("events");
        Assert.Equal("Nadia Bos", events.GetProperty("displayName").GetString());
        Assert.Equal(eventId, Assert.Single(events.GetProperty("registrations").EnumerateArray()).GetProperty("eventId").GetGuid());
        var documents = services.GetProperty("documents");
        Assert.Equal("Nadia Bos", documents.GetProperty("displayName").GetString());
        Assert.Equal("Notulen regiobijeenkomst", Assert.Single(documents.GetProperty("documents").EnumerateArray()).GetProperty("title").GetString());
        var threads = services.GetProperty("discussions");
        Assert.Equal("Een gedeelde DPIA voor het vo", Assert.Single(threads.GetProperty("threads").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal("Wie doet er mee?", Assert.Single(threads.GetProperty("replies").EnumerateArray()).GetProperty("body").GetString());
        Assert.Equal(needId, Assert.Single(threads.GetProperty("votes").EnumerateArray()).GetProperty("threadId").GetGuid());
        Assert.Equal(needId, Assert.Single(threads.GetProperty("follows").EnumerateArray()).GetProperty("threadId").GetGuid());
    }

    private async Task<Guid> ScheduleEventAsync()
    {
        var admin = await _slice.AsAdministratorAsync(_slice.Events.CreateClient());
        var response = await admin.PostAsJsonAsync("/api/events", new
        {
            title = "Regiobijeenkomst West",
            startsAt = DateTimeOffset.UtcNow.AddDays(7),
            endsAt = DateTimeOffset.UtcNow.AddDays(7).AddHours(2),
            location = "Leiden",
            capacity = 20,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Func<Task<long>> AboutMemberAsync(Guid memberId) => () => PostgresInstance.QueryScalarAsync<long>(
        _slice.NotificationsDatabase, $"SELECT count(*) FROM notifications WHERE about_member_id = '{memberId}'");

    private static HttpClient Authorized(HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static FormUrlEncodedContent PasswordGrant(string email) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "password",
        ["client_id"] = "netwerk-web",
        ["username"] = email,
        ["password"] = "Veilig-wachtwoord-42",
        ["scope"] = "api",
    });
}
