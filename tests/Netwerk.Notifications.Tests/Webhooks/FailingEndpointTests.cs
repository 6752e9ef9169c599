using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Notifications.Tests.Webhooks;

/// <summary>Five days of failing without a single success. A service of its own: the test moves the clock.</summary>
public sealed class FailingEndpointTests : OwnService
{
    [Fact]
    public async Task An_endpoint_failing_for_five_days_is_disabled_and_its_owner_told()
    {
        var url = Fixture.Receiver.On("/sick", (_, _) => Task.FromResult<(int, IReadOnlyDictionary<string, string>?)>((500, null)));
        using var created = await Fixture.AsPartner("sick").PostAsJsonAsync("/api/webhooks/subscriptions",
            new { url, eventTypes = new[] { "event.scheduled" }, contactEmail = "beheer@partner-sick.example" });
        var subscription = (await created.JsonAsync()).Id();
        var partner = Fixture.AsPartner("sick");

        await Fixture.PublishAsync(PartnerEvents.Scheduled());
        await Eventually.ReturnsAsync(() => Task.FromResult(Fixture.Receiver.At("/sick").Count), n => n >= 1);
        // The attempt is recorded once the call has returned, a moment after the receiver saw it.
        var failing = await Eventually.ReturnsAsync(() => partner.GetFromJsonAsync<JsonElement>($"/api/webhooks/subscriptions/{subscription}"),
            s => s.GetProperty("failingSince").ValueKind == JsonValueKind.String);
        Assert.True(failing.GetProperty("enabled").GetBoolean(), "one failure is not five days");
        Assert.Equal(JsonValueKind.String, failing.GetProperty("failingSince").ValueKind);

        // No API calls after this: the test tokens are valid on the real clock only.
        Fixture.Clock.Advance(TimeSpan.FromDays(5) + TimeSpan.FromMinutes(1));
        await Fixture.PublishAsync(PartnerEvents.Scheduled());

        var mail = await Eventually.ReturnsAsync(() => Task.FromResult(Fixture.Mail.To("beheer@partner-sick.example")), m => m.Count > 0);
        Assert.Contains("No successful delivery for 5 days", Assert.Single(mail).TextBody);
        Assert.Equal(1, await Fixture.CountAsync($"SELECT count(*) FROM webhook_subscriptions WHERE id = '{subscription}' AND NOT enabled"));
        Assert.Equal(1, await Fixture.CountAsync("SELECT count(*) FROM notifications WHERE recipient_role = 'admin' AND title = 'Webhook uitgeschakeld'"));
    }
}
