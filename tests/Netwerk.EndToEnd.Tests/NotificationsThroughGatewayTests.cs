using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.EndToEnd.Tests;

/// <summary>A registration through the gateway, heard twice: on the member's live stream and at a partner's webhook
/// endpoint on this machine — through events, RabbitMQ, notifications, Redis and the gateway as they run.</summary>
[Collection(PlatformCollection.Name)]
public sealed class NotificationsThroughGatewayTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_registration_reaches_the_members_open_stream_and_the_partners_endpoint()
    {
        var member = await DemoTokens.MemberAsync(platform.Gateway);
        var partner = await DemoTokens.PartnerAsync(platform.Gateway);
        await using var receiver = await WebhookReceiver.StartAsync();
        using var subscribe = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/subscriptions")
        {
            Content = JsonContent.Create(new { url = receiver.Url("/netwerk"), eventTypes = new[] { "event.registrations.changed" } }),
        };
        subscribe.Headers.Authorization = new AuthenticationHeaderValue("Bearer", partner);
        using var subscribed = await platform.Gateway.SendAsync(subscribe);
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);

        using var streamRequest = new HttpRequestMessage(HttpMethod.Get, "/api/notifications/stream");
        streamRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", member);
        using var stream = await platform.Gateway.SendAsync(streamRequest, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        using var events = new ServerSentEvents(await stream.Content.ReadAsStreamAsync());

        // The webinar of the demo's working group; a seat given up first, so that registering is news.
        var webinar = await Eventually.ReturnsAsync(async () =>
            (await platform.Gateway.GetFromJsonAsync<JsonElement>("/api/events?limit=100")).GetProperty("items").EnumerateArray()
            .FirstOrDefault(e => e.GetProperty("groupName").ValueKind == JsonValueKind.String), e => e.ValueKind == JsonValueKind.Object);
        var registrations = $"/api/events/{webinar.GetProperty("id").GetGuid()}/registrations";
        await SendAsync(HttpMethod.Delete, registrations + "/me", member);
        using var registered = await SendAsync(HttpMethod.Post, registrations, member);
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        ServerSentEvent heard;
        do heard = await events.NextAsync();
        while (JsonDocument.Parse(heard.Data).RootElement.GetProperty("title").GetString() is not ("Aanmelding bevestigd" or "Je staat op de wachtlijst"));
        Assert.NotNull(heard.Id);

        var webhooks = await Eventually.ReturnsAsync(() => Task.FromResult(receiver.At("/netwerk")), r => r.Count > 0);
        var data = JsonDocument.Parse(webhooks[^1].Body).RootElement.GetProperty("data");
        Assert.Equal(webinar.GetProperty("id").GetGuid(), data.GetProperty("eventId").GetGuid());
        Assert.StartsWith("v1,", webhooks[^1].Signature);
        Assert.StartsWith("msg_", webhooks[^1].Id);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await platform.Gateway.SendAsync(request);
    }
}
