using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Netwerk.Testing;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace Netwerk.Notifications.Tests.Webhooks;

public sealed class DeliveryTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{

    [Fact]
    public async Task A_scheduled_event_reaches_the_partner_signed_so_that_a_standard_webhooks_library_verifies_it()
    {
        var subscription = await fixture.SubscribeAsync("signed", fixture.Receiver.Url("/signed"), "event.scheduled");
        var scheduled = PartnerEvents.Scheduled();

        await fixture.PublishAsync(scheduled);
        var received = await Eventually.ReturnsAsync(() => Task.FromResult(fixture.Receiver.About("/signed", scheduled.Event.Id)), r => r.Count > 0);

        var request = Assert.Single(received);
        new StandardWebhook(subscription.GetProperty("secret").GetString()!).Verify(request.Body, request.Headers);
        Assert.StartsWith("msg_", request.Id);
        Assert.Equal("event.scheduled", request.Type());
        Assert.Equal("Regiobijeenkomst Noord", request.Data().GetProperty("title").GetString());
        Assert.Throws<WebhookVerificationException>(() => new StandardWebhook("whsec_" + Convert.ToBase64String(new byte[32])).Verify(request.Body, request.Headers));
    }

    [Fact]
    public async Task A_failing_endpoint_is_retried_on_the_schedule_under_the_same_webhook_id_and_the_log_shows_every_attempt()
    {
        var url = fixture.Receiver.On("/flaky", (_, count) => Task.FromResult<(int, IReadOnlyDictionary<string, string>?)>((count <= 2 ? 500 : 200, null)));
        var subscription = (await fixture.SubscribeAsync("flaky", url, "event.scheduled")).Id();
        var scheduled = PartnerEvents.Scheduled();

        await fixture.PublishAsync(scheduled);
        var received = await Eventually.ReturnsAsync(() => Task.FromResult(fixture.Receiver.About("/flaky", scheduled.Event.Id)), r => r.Count >= 3);

        Assert.Equal(3, received.Count);
        Assert.Single(received.Select(r => r.Id).Distinct());
        Assert.True(received[1].ArrivedAt - received[0].ArrivedAt >= NotificationsFixture.RetryDelays[0] * 0.8, "first retry came too early");
        Assert.True(received[2].ArrivedAt - received[1].ArrivedAt >= NotificationsFixture.RetryDelays[1] * 0.8, "second retry came too early");

        var log = await Eventually.ReturnsAsync(() => DeliveriesAsync("flaky", subscription), items => items.Any(d => d.Status() == "succeeded"));
        var delivery = Assert.Single(log);
        Assert.Equal(received[0].Id, delivery.GetProperty("webhookId").GetString());
        Assert.Equal([500, 500, 200], delivery.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("statusCode").GetInt32()));
        Assert.Equal("answer 500", delivery.GetProperty("attempts")[0].GetProperty("response").GetString());
    }

    [Fact]
    public async Task When_the_schedule_is_used_up_the_message_fails_and_can_be_redelivered_by_hand()
    {
        var healthy = false;
        var url = fixture.Receiver.On("/down", (_, _) => Task.FromResult<(int, IReadOnlyDictionary<string, string>?)>((healthy ? 200 : 503, null)));
        var subscription = (await fixture.SubscribeAsync("down", url, "event.scheduled")).Id();
        var scheduled = PartnerEvents.Scheduled();

        await fixture.PublishAsync(scheduled);
        var failed = await Eventually.ReturnsAsync(() => DeliveriesAsync("down", subscription), items => items.Any(d => d.Status() == "failed"));
        Assert.Equal(1 + NotificationsFixture.RetryDelays.Length, fixture.Receiver.About("/down", scheduled.Event.Id).Count);

        healthy = true;
        using var redeliver = await fixture.AsPartner("down").PostAsync($"/api/webhooks/deliveries/{failed[0].Id()}/redeliver", null);
        Assert.Equal(HttpStatusCode.Accepted, redeliver.StatusCode);
        await Eventually.ReturnsAsync(() => DeliveriesAsync("down", subscription), items => items.Any(d => d.Status() == "succeeded"));

        var received = fixture.Receiver.About("/down", scheduled.Event.Id);
        Assert.Equal(2 + NotificationsFixture.RetryDelays.Length, received.Count);
        Assert.Single(received.Select(r => r.Id).Distinct());
    }

    [Fact]
    public async Task Recover_resends_every_failed_message_since_a_time()
    {
        var healthy = false;
        var url = fixture.Receiver.On("/recover", (_, _) => Task.FromResult<(int, IReadOnlyDictionary<string, string>?)>((healthy ? 204 : 500, null)));
        var subscription = (await fixture.SubscribeAsync("recover", url, "event.scheduled")).Id();
        var first = PartnerEvents.Scheduled();
        var second = PartnerEvents.Scheduled();

        await fixture.PublishAsync(first);
        await fixture.PublishAsync(second);
        await Eventually.ReturnsAsync(() => DeliveriesAsync("recover", subscription), items => items.Count(d => d.Status() == "failed") == 2);

        healthy = true;
        using var response = await fixture.AsPartner("recover").PostAsJsonAsync($"/api/webhooks/subscriptions/{subscription}/recover",
            new { since = DateTimeOffset.UtcNow.AddHours(-1) });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, (await response.JsonAsync()).GetProperty("deliveries").GetInt32());
        var log = await Eventually.ReturnsAsync(() => DeliveriesAsync("recover", subscription), items => items.All(d => d.Status() == "succeeded"));
        Assert.All(log, d => Assert.Equal("succeeded", d.Status()));

        using var noSince = await fixture.AsPartner("recover").PostAsJsonAsync($"/api/webhooks/subscriptions/{subscription}/recover", new { });
        Assert.Equal(HttpStatusCode.BadRequest, noSince.StatusCode);
    }

    [Fact]
    public async Task Gone_disables_the_subscription_at_once_and_tells_the_administrators_and_the_partner()
    {
        var url = fixture.Receiver.On("/gone", (_, _) => Task.FromResult<(int, IReadOnlyDictionary<string, string>?)>((410, null)));
        using var created = await fixture.AsPartner("gone").PostAsJsonAsync("/api/webhooks/subscriptions",
            new { url, eventTypes = new[] { "event.scheduled" }, contactEmail = "techniek@partner-gone.example" });
        var subscription = (await created.JsonAsync()).Id();
        var scheduled = PartnerEvents.Scheduled();

        await fixture.PublishAsync(scheduled);
        var disabled = await Eventually.ReturnsAsync(
            () => fixture.AsPartner("gone").GetFromJsonAsync<JsonElement>($"/api/webhooks/subscriptions/{subscription}"),
            s => !s.GetProperty("enabled").GetBoolean());

        Assert.False(disabled.GetProperty("enabled").GetBoolean());
        Assert.Contains("410", disabled.GetProperty("disabledReason").GetString());
        Assert.Single(fixture.Receiver.About("/gone", scheduled.Event.Id));
        var inbox = await fixture.AsAdministrator().GetFromJsonAsync<JsonElement>("/api/notifications?limit=100");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(), n => n.GetProperty("title").GetString() == "Webhook uitgeschakeld");
        var mail = await Eventually.ReturnsAsync(() => Task.FromResult(fixture.Mail.To("techniek@partner-gone.example")), m => m.Count > 0);
        Assert.Equal("Je webhook bij Netwerk is uitgeschakeld", Assert.Single(mail).Subject);

        // Disabled: the next event is not sent there.
        var next = PartnerEvents.Scheduled();
        await fixture.PublishAsync(next);
        await Task.Delay(1000);
        Assert.Empty(fixture.Receiver.About("/gone", next.Event.Id));
    }

    [Fact]
    public async Task A_redirect_is_not_followed_and_counts_as_a_failure()
    {
        var elsewhere = fixture.Receiver.Url("/elsewhere");
        var url = fixture.Receiver.On("/redirect", (_, _) => Task.FromResult<(int, IReadOnlyDictionary<string, string>?)>(
            (307, new Dictionary<string, string> { ["Location"] = elsewhere })));
        var subscription = (await fixture.SubscribeAsync("redirect", url, "event.scheduled")).Id();
        var scheduled = PartnerEvents.Scheduled();

        await fixture.PublishAsync(scheduled);
        var log = await Eventually.ReturnsAsync(() => DeliveriesAsync("redirect", subscription),
            items => items.Any(d => d.GetProperty("attempts").GetArrayLength() >= 2));

        var attempts = log[0].GetProperty("attempts").EnumerateArray().ToList();
        Assert.All(attempts, a => Assert.Equal(307, a.GetProperty("statusCode").GetInt32()));
        Assert.All(attempts, a => Assert.False(a.GetProperty("succeeded").GetBoolean()));
        Assert.Empty(fixture.Receiver.At("/elsewhere"));
    }

    [Fact]
    public async Task Retry_after_on_503_is_honoured_within_twice_the_scheduled_wait()
    {
        var url = fixture.Receiver.On("/busy", (_, count) => Task.FromResult<(int, IReadOnlyDictionary<string, string>?)>(count == 1
            ? (503, new Dictionary<string, string> { ["Retry-After"] = "30" })
            : (200, null)));
        await fixture.SubscribeAsync("busy", url, "event.scheduled");
        var scheduled = PartnerEvents.Scheduled();

        await fixture.PublishAsync(scheduled);
        var received = await Eventually.ReturnsAsync(() => Task.FromResult(fixture.Receiver.About("/busy", scheduled.Event.Id)), r => r.Count >= 2);

        // Asked 30 s; the schedule says 0.3 s, so 0.6 s it is — longer than any jittered 0.3 s wait (at most 0.36 s).
        var gap = received[1].ArrivedAt - received[0].ArrivedAt;
        Assert.InRange(gap, TimeSpan.FromMilliseconds(550), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_test_message_goes_to_that_subscription_only()
    {
        var subscription = (await fixture.SubscribeAsync("tester", fixture.Receiver.Url("/test-me"), "document.published")).Id();
        await fixture.SubscribeAsync("tester", fixture.Receiver.Url("/not-me"), "document.published");

        using var response = await fixture.AsPartner("tester").PostAsync($"/api/webhooks/subscriptions/{subscription}/test", null);
        var sent = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var received = await Eventually.ReturnsAsync(() => Task.FromResult(fixture.Receiver.At("/test-me")), r => r.Count > 0);
        Assert.Equal("webhook.test", Assert.Single(received).Type());
        Assert.Equal(sent.GetProperty("webhookId").GetString(), received[0].Id);
        Assert.Empty(fixture.Receiver.At("/not-me"));
    }

    [Fact]
    public async Task After_a_rotation_both_the_old_and_the_new_secret_verify_for_a_day()
    {
        var created = await fixture.SubscribeAsync("rotator", fixture.Receiver.Url("/rotated"), "event.scheduled");
        var oldSecret = created.GetProperty("secret").GetString()!;
        using var rotated = await fixture.AsPartner("rotator").PostAsync($"/api/webhooks/subscriptions/{created.Id()}/rotate-secret", null);
        var rotation = await rotated.JsonAsync();
        var newSecret = rotation.GetProperty("secret").GetString()!;
        Assert.NotEqual(oldSecret, newSecret);
        Assert.InRange(rotation.GetProperty("previousSecretExpiresAt").GetDateTimeOffset() - DateTimeOffset.UtcNow, TimeSpan.FromHours(23.9), TimeSpan.FromHours(24.1));

        var scheduled = PartnerEvents.Scheduled();
        await fixture.PublishAsync(scheduled);
        var request = (await Eventually.ReturnsAsync(() => Task.FromResult(fixture.Receiver.About("/rotated", scheduled.Event.Id)), r => r.Count > 0))[0];

        Assert.Equal(2, request.Signature.Split(' ').Length);
        Assert.True(SignedWith(request, oldSecret), "the old secret's signature is missing");
        Assert.True(SignedWith(request, newSecret), "the new secret's signature is missing");
    }

    /// <summary>Whether one of the request's signatures verifies with <paramref name="secret"/>. Each is checked on its
    /// own: StandardWebhooks 1.1.2's Verify compares only the first of several signatures correctly.</summary>
    private static bool SignedWith(ReceivedWebhook request, string secret) => request.Signature.Split(' ').Any(signature =>
    {
        var headers = new HeaderDictionary(request.Headers.ToDictionary(h => h.Key, h => h.Value)) { ["webhook-signature"] = signature };
        try
        {
            new StandardWebhook(secret).Verify(request.Body, headers);
            return true;
        }
        catch (WebhookVerificationException)
        {
            return false;
        }
    });

    private async Task<List<JsonElement>> DeliveriesAsync(string partner, Guid subscription) =>
        (await fixture.AsPartner(partner).GetFromJsonAsync<JsonElement>($"/api/webhooks/subscriptions/{subscription}/deliveries"))
        .GetProperty("items").EnumerateArray().ToList();
}
