using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Notifications.Tests.Webhooks;

/// <summary>The production setting: loopback refused. A host name that was public when subscribed and points at
/// loopback when delivered (DNS rebinding) is refused at connect time; the receiver on loopback never hears a thing.</summary>
public sealed class TargetGuardTests(TargetGuardTests.ProductionTargets fixture) : IClassFixture<TargetGuardTests.ProductionTargets>
{
    public sealed class ProductionTargets : NotificationsFixture
    {
        protected override bool AllowLoopback => false;
    }

    [Fact]
    public async Task Loopback_is_refused_at_subscription()
    {
        using var response = await fixture.AsPartner("guard").PostAsJsonAsync("/api/webhooks/subscriptions",
            new { url = fixture.Receiver.Url("/direct"), eventTypes = new[] { "event.scheduled" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("loopback", (await response.JsonAsync()).GetProperty("errors").GetProperty("url")[0].GetString());
    }

    [Fact]
    public async Task A_name_that_turns_to_loopback_after_subscribing_is_refused_when_connecting()
    {
        var port = new Uri(fixture.Receiver.BaseUrl).Port;
        fixture.Names.Point("partner.example", IPAddress.Parse("93.184.216.34"));
        var subscription = (await fixture.SubscribeAsync("rebind", $"http://partner.example:{port}/rebound", "event.scheduled")).Id();

        fixture.Names.Point("partner.example", IPAddress.Loopback);
        await fixture.PublishAsync(PartnerEvents.Scheduled());

        var log = await Eventually.ReturnsAsync(async () =>
            (await fixture.AsPartner("rebind").GetFromJsonAsync<JsonElement>($"/api/webhooks/subscriptions/{subscription}/deliveries"))
            .GetProperty("items").EnumerateArray().ToList(), items => items.Count > 0 && items[0].GetProperty("attempts").GetArrayLength() > 0);
        var attempt = log[0].GetProperty("attempts")[0];
        Assert.Equal(JsonValueKind.Null, attempt.GetProperty("statusCode").ValueKind);
        Assert.Contains("loopback", attempt.GetProperty("error").GetString());
        Assert.Empty(fixture.Receiver.At("/rebound"));
    }
}
