using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Notifications.Tests.Webhooks;

public sealed class SubscriptionTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task A_partner_subscribes_gets_its_secret_once_and_only_it_and_administrators_see_the_subscription()
    {
        var created = await fixture.SubscribeAsync("partner-a", fixture.Receiver.Url("/a"), "event.scheduled", "document.published");
        Assert.StartsWith("whsec_", created.GetProperty("secret").GetString());
        var id = created.Id();

        using var own = await fixture.AsPartner("partner-a").GetAsync($"/api/webhooks/subscriptions/{id}");
        var seen = await own.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.False(seen.TryGetProperty("secret", out _));
        Assert.Equal(["event.scheduled", "document.published"], seen.GetProperty("eventTypes").EnumerateArray().Select(t => t.GetString()));

        using var other = await fixture.AsPartner("partner-b").GetAsync($"/api/webhooks/subscriptions/{id}");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        var othersList = await fixture.AsPartner("partner-b").GetFromJsonAsync<JsonElement>("/api/webhooks/subscriptions");
        Assert.DoesNotContain(othersList.GetProperty("items").EnumerateArray(), s => s.Id() == id);

        var adminList = await fixture.AsAdministrator().GetFromJsonAsync<JsonElement>("/api/webhooks/subscriptions?limit=100");
        Assert.Contains(adminList.GetProperty("items").EnumerateArray(), s => s.Id() == id);
    }

    [Fact]
    public async Task Without_the_webhooks_scope_or_a_token_nothing_is_managed()
    {
        using var member = await fixture.AsMember(Guid.NewGuid()).PostAsJsonAsync("/api/webhooks/subscriptions",
            new { url = fixture.Receiver.Url("/m"), eventTypes = new[] { "event.scheduled" } });
        using var anonymous = await fixture.Anonymous().GetAsync("/api/webhooks/subscriptions");

        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(0, await fixture.CountAsync("SELECT count(*) FROM webhook_subscriptions WHERE url LIKE '%/m'"));
    }

    [Theory]
    [InlineData("not a url", "url")]
    [InlineData("ftp://example.org/hook", "url")]
    [InlineData("http://user:secret@127.0.0.1/hook", "url")]
    [InlineData("http://10.0.0.8/hook", "url")]              // private network: refused even where loopback is allowed
    [InlineData("http://169.254.169.254/latest/meta-data", "url")]
    [InlineData("http://[::ffff:192.168.0.1]/hook", "url")]
    [InlineData("http://nosuchhost.invalid/hook", "url")]
    [InlineData("http://127.0.0.1:9/\r\nX-Injected: 1", "url")]  // a header smuggled into whatever echoes the URL
    [InlineData("http://127.0.0.1:9/a\u0000b", "url")]
    [InlineData("http://127.0.0.1:0/hook", "url")]
    public async Task A_target_that_is_malformed_or_not_public_is_refused_with_the_reason(string url, string field)
    {
        using var response = await fixture.AsPartner("partner-c").PostAsJsonAsync("/api/webhooks/subscriptions", new { url, eventTypes = new[] { "event.scheduled" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], await response.FieldErrorsAsync());
    }

    [Fact]
    public async Task Unknown_or_missing_event_types_are_refused()
    {
        using var unknown = await fixture.AsPartner("partner-c").PostAsJsonAsync("/api/webhooks/subscriptions",
            new { url = fixture.Receiver.Url("/c"), eventTypes = new[] { "event.scheduled", "member.deleted" } });
        using var none = await fixture.AsPartner("partner-c").PostAsJsonAsync("/api/webhooks/subscriptions",
            new { url = fixture.Receiver.Url("/c"), eventTypes = Array.Empty<string>() });

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("member.deleted", (await unknown.JsonAsync()).GetProperty("errors").GetProperty("eventTypes")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
    }

    [Fact]
    public async Task A_partner_changes_disables_and_deletes_its_subscription()
    {
        var id = (await fixture.SubscribeAsync("partner-d", fixture.Receiver.Url("/d"), "event.scheduled")).Id();
        var partner = fixture.AsPartner("partner-d");

        using var changed = await partner.PatchAsJsonAsync($"/api/webhooks/subscriptions/{id}", new { eventTypes = new[] { "event.cancelled" }, enabled = false });
        var body = await changed.JsonAsync();
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.False(body.GetProperty("enabled").GetBoolean());
        Assert.Equal("event.cancelled", body.GetProperty("eventTypes")[0].GetString());

        using var badChange = await partner.PatchAsJsonAsync($"/api/webhooks/subscriptions/{id}", new { url = "http://192.168.1.1/x" });
        Assert.Equal(HttpStatusCode.BadRequest, badChange.StatusCode);

        using var deleted = await partner.DeleteAsync($"/api/webhooks/subscriptions/{id}");
        using var gone = await partner.GetAsync($"/api/webhooks/subscriptions/{id}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_subscription_patched_six_times_at_once_takes_one_change_at_a_time_and_no_request_fails()
    {
        var id = (await fixture.SubscribeAsync("partner-race", fixture.Receiver.Url("/race"), "event.scheduled")).Id();
        var partner = fixture.AsPartner("partner-race");

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            partner.PatchAsJsonAsync($"/api/webhooks/subscriptions/{id}", new { description = $"Poging {i}" })));

        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict }));
        var kept = (await partner.GetFromJsonAsync<JsonElement>($"/api/webhooks/subscriptions/{id}")).GetProperty("description").GetString();
        var winners = answers.Where(a => a.StatusCode == HttpStatusCode.OK).ToList();
        Assert.NotEmpty(winners);
        Assert.Contains(kept, await Task.WhenAll(winners.Select(async w => (await w.JsonAsync()).GetProperty("description").GetString())));
    }

    [Fact]
    public async Task The_catalogue_is_public_and_describes_each_types_data_with_a_json_schema()
    {
        var catalogue = await fixture.Anonymous().GetFromJsonAsync<JsonElement>("/api/webhooks/event-types");
        var types = catalogue.GetProperty("items").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);

        Assert.Equal(14, types.Count);
        var approved = types["member.approved"].GetProperty("schema");
        Assert.Equal("object", approved.GetProperty("type").GetString());
        var properties = approved.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("memberId", properties);
        Assert.Contains("email", properties);
        var need = types["need.status-changed"].GetProperty("schema").GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["id", "title", "theme", "tags", "sector", "status", "note", "voteCount", "url", "authorName"], need);
        Assert.DoesNotContain("authorId", types["question.answered"].GetProperty("schema").GetProperty("properties").EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("names", types["event.registrations.changed"].GetProperty("schema").GetProperty("properties").EnumerateObject().Select(p => p.Name));
    }
}
