using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Contracts.Events;
using Netwerk.Testing;

namespace Netwerk.Notifications.Tests.Members;

public sealed class StreamTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task A_new_notification_arrives_on_the_open_stream_as_it_happens()
    {
        var member = Guid.NewGuid();
        using var events = await OpenAsync(fixture.AsMember(member));

        await fixture.PublishAsync(Confirmed(member, "Congres OnderwijsInzicht"));
        var received = await events.NextAsync();

        var notification = JsonDocument.Parse(received.Data).RootElement;
        Assert.Equal("Aanmelding bevestigd", notification.GetProperty("title").GetString());
        Assert.Equal(notification.GetProperty("id").GetString(), received.Id);
    }

    [Fact]
    public async Task The_stream_opens_at_once_with_its_headers_and_a_comment_not_at_the_first_heartbeat()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications/stream");
        using var opening = new CancellationTokenSource(TimeSpan.FromSeconds(10));

        using var response = await fixture.AsMember(Guid.NewGuid()).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, opening.Token);
        using var body = new StreamReader(await response.Content.ReadAsStreamAsync(opening.Token));
        var firstLine = await body.ReadLineAsync(opening.Token);

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(":", firstLine);
    }

    [Fact]
    public async Task Reconnecting_with_last_event_id_replays_what_was_missed_and_nothing_before()
    {
        var member = Guid.NewGuid();
        var client = fixture.AsMember(member);
        foreach (var title in new[] { "Eerste", "Tweede", "Derde" })
        {
            await fixture.PublishAsync(Confirmed(member, title));
            await Eventually.ReturnsAsync(() => InboxAsync(client), items => items.Any(n => n.GetProperty("body").GetString()!.Contains(title)));
        }
        var inbox = await InboxAsync(client);
        var seenLast = inbox.Single(n => n.GetProperty("body").GetString()!.Contains("Eerste")).GetProperty("id").GetString();

        using var events = await OpenAsync(client, lastEventId: seenLast);
        var first = JsonDocument.Parse((await events.NextAsync()).Data).RootElement.GetProperty("body").GetString();
        var second = JsonDocument.Parse((await events.NextAsync()).Data).RootElement.GetProperty("body").GetString();

        Assert.Contains("Tweede", first);
        Assert.Contains("Derde", second);
    }

    [Fact]
    public async Task A_stream_on_another_replica_hears_what_any_replica_wrote()
    {
        var replica = await fixture.StartReplicaAsync();
        var member = Guid.NewGuid();
        var client = replica.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fixture.Tokens.Member(member, "Lid"));
        using var events = await OpenAsync(client);

        var titles = Enumerable.Range(1, 6).Select(i => $"Bijeenkomst {i}").ToList();
        foreach (var title in titles) await fixture.PublishAsync(Confirmed(member, title));

        var bodies = new List<string>();
        for (var i = 0; i < titles.Count; i++) bodies.Add(JsonDocument.Parse((await events.NextAsync()).Data).RootElement.GetProperty("body").GetString()!);
        Assert.All(titles, title => Assert.Contains(bodies, b => b.Contains(title + ".")));
    }

    [Fact]
    public async Task Without_a_token_there_is_no_stream()
    {
        using var response = await fixture.Anonymous().GetAsync("/api/notifications/stream");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<ServerSentEvents> OpenAsync(HttpClient client, string? lastEventId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/notifications/stream");
        if (lastEventId is not null) request.Headers.Add("Last-Event-ID", lastEventId);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new ServerSentEvents(await response.Content.ReadAsStreamAsync());
    }

    private static async Task<List<JsonElement>> InboxAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/notifications?limit=100")).GetProperty("items").EnumerateArray().ToList();

    private static RegistrationConfirmed Confirmed(Guid member, string title) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), title, member, new RegistrationCounts(10, 1, 0));
}
