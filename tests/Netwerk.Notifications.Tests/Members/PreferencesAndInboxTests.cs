using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Contracts.Events;
using Netwerk.Testing;

namespace Netwerk.Notifications.Tests.Members;

public sealed class PreferencesAndInboxTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task Preferences_start_from_the_defaults_and_keep_what_the_member_sets()
    {
        var client = fixture.AsMember(Guid.NewGuid());
        var defaults = await client.GetFromJsonAsync<JsonElement>("/api/notifications/preferences");
        Assert.Equal(["membership", "documents", "events", "groups", "discussions", "messages"], defaults.EnumerateObject().Select(p => p.Name));
        Assert.Equal("instant", defaults.GetProperty("events").GetProperty("email").GetString());
        Assert.Equal("instant", defaults.GetProperty("messages").GetProperty("email").GetString());
        Assert.Equal("daily", defaults.GetProperty("discussions").GetProperty("email").GetString());
        Assert.True(defaults.GetProperty("documents").GetProperty("inApp").GetBoolean());

        using var put = await client.PutAsJsonAsync("/api/notifications/preferences", new { documents = new { inApp = false, email = "weekly" } });
        var after = await client.GetFromJsonAsync<JsonElement>("/api/notifications/preferences");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.False(after.GetProperty("documents").GetProperty("inApp").GetBoolean());
        Assert.Equal("weekly", after.GetProperty("documents").GetProperty("email").GetString());
        Assert.Equal("instant", after.GetProperty("events").GetProperty("email").GetString());
    }

    [Fact]
    public async Task The_first_preferences_sent_six_times_at_once_are_stored_once_and_no_request_fails()
    {
        var member = Guid.NewGuid();
        var client = fixture.AsMember(member);

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            client.PutAsJsonAsync("/api/notifications/preferences", new { documents = new { inApp = false, email = "weekly" } })));

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.Equal(1L, await fixture.CountAsync($"SELECT count(*) FROM notification_preferences WHERE member_id = '{member}' AND category = 'documents'"));
    }

    [Theory]
    [InlineData("""{ "newsletters": { "inApp": true, "email": "off" } }""", "newsletters")]
    [InlineData("""{ "events": { "inApp": true, "email": "hourly" } }""", "events")]
    [InlineData("""{ "events": { "inApp": "yes", "email": "off" } }""", "events")]
    [InlineData("""{ "events": { "email": "off" } }""", "events")]
    [InlineData("""{ "events": { "inApp": true, "email": "2" } }""", "events")]
    public async Task A_wrong_preference_is_refused_and_changes_nothing(string body, string field)
    {
        var client = fixture.AsMember(Guid.NewGuid());
        using var response = await client.PutAsync("/api/notifications/preferences", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.FieldErrorsAsync());
        var after = await client.GetFromJsonAsync<JsonElement>("/api/notifications/preferences");
        Assert.Equal("instant", after.GetProperty("events").GetProperty("email").GetString());
    }

    [Fact]
    public async Task A_category_switched_off_in_the_app_does_not_reach_the_inbox()
    {
        var quiet = Guid.NewGuid();
        var other = Guid.NewGuid();
        using var _ = await fixture.AsMember(quiet).PutAsJsonAsync("/api/notifications/preferences", new { events = new { inApp = false, email = "off" } });

        await fixture.PublishAsync(Confirmed(quiet));
        await fixture.PublishAsync(Confirmed(other));
        await Eventually.ReturnsAsync(() => InboxAsync(fixture.AsMember(other)), items => items.Count > 0);
        await Task.Delay(500);

        Assert.Empty(await InboxAsync(fixture.AsMember(quiet)));
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM pending_emails WHERE member_id = '{quiet}'"));
    }

    [Fact]
    public async Task Notifications_are_marked_read_one_by_one_or_all_at_once_and_only_by_their_recipient()
    {
        var member = Guid.NewGuid();
        var client = fixture.AsMember(member);
        for (var i = 0; i < 3; i++) await fixture.PublishAsync(Confirmed(member));
        var inbox = await Eventually.ReturnsAsync(() => InboxAsync(client), items => items.Count == 3);

        using var read = await client.PostAsync($"/api/notifications/{inbox[0].Id()}/read", null);
        Assert.True((await read.JsonAsync()).GetProperty("read").GetBoolean());
        Assert.Equal(2, (await InboxAsync(client, unread: true)).Count);

        using var stranger = await fixture.AsMember(Guid.NewGuid()).PostAsync($"/api/notifications/{inbox[1].Id()}/read", null);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Equal(2, (await InboxAsync(client, unread: true)).Count);

        using var all = await client.PostAsync("/api/notifications/read-all", null);
        Assert.Equal(2, (await all.JsonAsync()).GetProperty("marked").GetInt32());
        Assert.Empty(await InboxAsync(client, unread: true));
    }

    private static async Task<List<JsonElement>> InboxAsync(HttpClient client, bool unread = false) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/notifications?limit=100{(unread ? "&unread=true" : "")}")).GetProperty("items").EnumerateArray().ToList();

    private static RegistrationConfirmed Confirmed(Guid member) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), "Regiobijeenkomst Zuid", member, new RegistrationCounts(10, 1, 0));
}
