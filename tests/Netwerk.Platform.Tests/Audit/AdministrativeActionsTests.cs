using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Platform.Tests.Audit;

/// <summary>Every kind of administrator's and moderator's action through the API lands in the audit log once, with who
/// did it (id, name, client, address), what and to what.</summary>
public sealed class AdministrativeActionsTests(AuditFixture fixture) : IClassFixture<AuditFixture>
{
    /// <summary>The address the gateway would have written in `X-Forwarded-For` for the administrator's browser.</summary>
    private const string AdministratorAddress = "127.0.41.7";

    private readonly PlatformSlice _slice = fixture.Slice;
    private readonly AuditTrail _log = new(fixture.Slice);

    [Fact]
    public async Task Approving_a_registration()
    {
        var member = await RegisterAsync("Sanne Bakker");
        Assert.Equal(HttpStatusCode.OK, (await (await AdminAsync(_slice.Membership)).PostAsync($"/api/members/{member}/approve", null)).StatusCode);
        await AssertByAdministratorAsync("registration.approved", "member", member.ToString(), "Sanne Bakker");
    }

    [Fact]
    public async Task Rejecting_a_registration_keeps_the_reason()
    {
        var member = await RegisterAsync("Tim Visser");
        var rejected = await (await AdminAsync(_slice.Membership)).PostAsJsonAsync($"/api/members/{member}/reject", new { reason = "Geen school in het netwerk." });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var entry = await AssertByAdministratorAsync("registration.rejected", "member", member.ToString(), "Tim Visser");
        Assert.Equal("Geen school in het netwerk.", entry.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Changing_roles_says_from_what_to_what()
    {
        var (member, _) = await ApprovedAsync("Iris Mulder");
        var changed = await (await AdminAsync(_slice.Membership)).PutAsJsonAsync($"/api/members/{member}/roles", new { roles = new[] { "member", "moderator" } });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var entry = await AssertByAdministratorAsync("member.roles_changed", "member", member.ToString(), "Iris Mulder");
        Assert.Equal("member → member, moderator", entry.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Starting_a_working_group()
    {
        var created = await (await AdminAsync(_slice.Membership)).PostAsJsonAsync("/api/groups", new { name = $"Privacy {Guid.NewGuid():N}"[..30], description = "AVG op school" });
        var group = await IdOfAsync(created, HttpStatusCode.Created);
        await AssertByAdministratorAsync("group.created", "group", group.ToString());
    }

    [Fact]
    public async Task Scheduling_changing_and_cancelling_an_event()
    {
        var events = await AdminAsync(_slice.Events);
        var eventId = await IdOfAsync(await events.PostAsJsonAsync("/api/events", NewEvent("Regiobijeenkomst Zuid")), HttpStatusCode.Created);
        await AssertByAdministratorAsync("event.scheduled", "event", eventId.ToString(), "Regiobijeenkomst Zuid");

        Assert.Equal(HttpStatusCode.OK, (await events.PatchAsJsonAsync($"/api/events/{eventId}", new { location = "Eindhoven" })).StatusCode);
        var changed = await AssertByAdministratorAsync("event.changed", "event", eventId.ToString(), "Regiobijeenkomst Zuid");
        Assert.Equal("location", changed.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.OK, (await events.PostAsync($"/api/events/{eventId}/cancel", null)).StatusCode);
        await AssertByAdministratorAsync("event.cancelled", "event", eventId.ToString(), "Regiobijeenkomst Zuid");
    }

    [Fact]
    public async Task Checking_a_member_in()
    {
        var events = await AdminAsync(_slice.Events);
        var eventId = await IdOfAsync(await events.PostAsJsonAsync("/api/events", NewEvent("Werksessie ambities")), HttpStatusCode.Created);
        var (member, token) = await ApprovedAsync("Lotte Smit");
        Assert.Equal(HttpStatusCode.Created, (await As(_slice.Events, token).PostAsync($"/api/events/{eventId}/registrations", null)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await events.PostAsync($"/api/events/{eventId}/registrations/{member}/check-in", null)).StatusCode);
        var entry = await AssertByAdministratorAsync("event.checked_in", "event", eventId.ToString(), "Werksessie ambities");
        Assert.Contains(member.ToString(), entry.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Locking_and_unlocking_a_thread()
    {
        var thread = await ThreadAsync("discussion", "Welke wifi gebruiken jullie in de klas?");
        var discussions = await AdminAsync(_slice.Discussions);
        Assert.Equal(HttpStatusCode.NoContent, (await discussions.PostAsync($"/api/discussions/{thread}/lock", null)).StatusCode);
        await AssertByAdministratorAsync("thread.locked", "thread", thread.ToString(), "Welke wifi gebruiken jullie in de klas?");
        Assert.Equal(HttpStatusCode.NoContent, (await discussions.PostAsync($"/api/discussions/{thread}/unlock", null)).StatusCode);
        await AssertByAdministratorAsync("thread.unlocked", "thread", thread.ToString());
    }

    [Fact]
    public async Task Hiding_and_restoring_a_thread_and_a_reply()
    {
        var (_, author) = await ApprovedAsync("Daan de Boer");
        var thread = await ThreadAsync("question", "Hoe archiveren jullie oude leerlingdossiers?", author);
        var reply = await IdOfAsync(await As(_slice.Discussions, author).PostAsJsonAsync($"/api/discussions/{thread}/replies",
            new { body = "Wij bewaren ze vijf jaar in het archief van ons leerlingvolgsysteem." }), HttpStatusCode.Created);
        var discussions = await AdminAsync(_slice.Discussions);

        Assert.Equal(HttpStatusCode.NoContent, (await discussions.PostAsync($"/api/discussions/{thread}/replies/{reply}/hide", null)).StatusCode);
        var hidden = await AssertByAdministratorAsync("reply.hidden", "thread", thread.ToString());
        Assert.Contains(reply.ToString(), hidden.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await discussions.PostAsync($"/api/discussions/{thread}/replies/{reply}/restore", null)).StatusCode);
        await AssertByAdministratorAsync("reply.restored", "thread", thread.ToString());
        Assert.Equal(HttpStatusCode.NoContent, (await discussions.PostAsync($"/api/discussions/{thread}/hide", null)).StatusCode);
        await AssertByAdministratorAsync("thread.hidden", "thread", thread.ToString());
        Assert.Equal(HttpStatusCode.NoContent, (await discussions.PostAsync($"/api/discussions/{thread}/restore", null)).StatusCode);
        await AssertByAdministratorAsync("thread.restored", "thread", thread.ToString());
    }

    [Fact]
    public async Task Changing_and_deleting_another_members_posts_but_not_ones_own()
    {
        var (_, author) = await ApprovedAsync("Noor Hendriks");
        var thread = await ThreadAsync("discussion", "Ervaringen met tweestapsverificatie?", author);
        var reply = await IdOfAsync(await As(_slice.Discussions, author).PostAsJsonAsync($"/api/discussions/{thread}/replies",
            new { body = "Bij ons werkt het met een app op de telefoon." }), HttpStatusCode.Created);
        var own = await ThreadAsync("discussion", "Mijn eigen onderwerp over roosters", await _slice.TokenAsync("beheer@netwerk.example", "Netwerk-beheer-2026"));
        var discussions = await AdminAsync(_slice.Discussions);

        Assert.Equal(HttpStatusCode.OK, (await discussions.PatchAsJsonAsync($"/api/discussions/{thread}/replies/{reply}", new { body = "Bij ons werkt het met een app." })).StatusCode);
        await AssertByAdministratorAsync("reply.changed", "thread", thread.ToString());
        Assert.Equal(HttpStatusCode.NoContent, (await discussions.DeleteAsync($"/api/discussions/{thread}/replies/{reply}")).StatusCode);
        await AssertByAdministratorAsync("reply.deleted", "thread", thread.ToString());
        Assert.Equal(HttpStatusCode.OK, (await discussions.PatchAsJsonAsync($"/api/discussions/{thread}", new { title = "Ervaringen met tweestapsverificatie" })).StatusCode);
        await AssertByAdministratorAsync("thread.changed", "thread", thread.ToString(), "Ervaringen met tweestapsverificatie");
        Assert.Equal(HttpStatusCode.NoContent, (await discussions.DeleteAsync($"/api/discussions/{thread}")).StatusCode);
        await AssertByAdministratorAsync("thread.deleted", "thread", thread.ToString());

        // The administrator's own thread is theirs to change: writing, not moderating.
        Assert.Equal(HttpStatusCode.NoContent, (await discussions.DeleteAsync($"/api/discussions/{own}")).StatusCode);
        Assert.Equal(0L, await PostgresInstance.QueryScalarAsync<long>(_slice.DiscussionsDatabase,
            $"SELECT count(*) FROM outbox_messages WHERE event_type LIKE 'Netwerk.Contracts.Audit.%' AND payload::text LIKE '%{own}%'"));
        Assert.Equal(1L, await PostgresInstance.QueryScalarAsync<long>(_slice.DiscussionsDatabase,
            $"SELECT count(*) FROM outbox_messages WHERE event_type LIKE 'Netwerk.Contracts.Audit.%' AND payload::text LIKE '%{thread}%' AND payload::text LIKE '%thread.deleted%'"));
    }

    [Fact]
    public async Task Moving_a_need_and_merging_a_duplicate()
    {
        var need = await ThreadAsync("need", "Een gezamenlijke verwerkersovereenkomst");
        var duplicate = await ThreadAsync("need", "Model verwerkersovereenkomst voor alle scholen");
        var discussions = await AdminAsync(_slice.Discussions);

        var moved = await discussions.PostAsJsonAsync($"/api/discussions/{need}/status", new { status = "planned", note = "Op de agenda van maart." });
        Assert.Equal(HttpStatusCode.NoContent, moved.StatusCode);
        var step = await AssertByAdministratorAsync("need.status_changed", "thread", need.ToString());
        Assert.Equal("planned: Op de agenda van maart.", step.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await discussions.PostAsJsonAsync($"/api/discussions/{duplicate}/merge", new { intoId = need })).StatusCode);
        var merged = await AssertByAdministratorAsync("thread.merged", "thread", duplicate.ToString(), "Model verwerkersovereenkomst voor alle scholen");
        Assert.Contains(need.ToString(), merged.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Adding_a_version_to_changing_and_deleting_another_members_document()
    {
        var (_, author) = await ApprovedAsync("Femke Peters");
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent("Privacyreglement van de school"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } }, "file", "reglement.txt" },
            { new StringContent("Privacyreglement"), "title" },
            { new StringContent("members"), "visibility" },
        };
        var document = await IdOfAsync(await As(_slice.Documents, author).PostAsync("/api/documents", upload), HttpStatusCode.Created);
        var documents = await AdminAsync(_slice.Documents);

        using var version = new MultipartFormDataContent
        {
            { new ByteArrayContent("Privacyreglement van de school, herzien"u8.ToArray()) { Headers = { ContentType = new MediaTypeHeaderValue("text/plain") } }, "file", "reglement.txt" },
        };
        Assert.Equal(HttpStatusCode.Created, (await documents.PostAsync($"/api/documents/{document}/versions", version)).StatusCode);
        var added = await AssertByAdministratorAsync("document.version_added", "document", document.ToString(), "Privacyreglement");
        Assert.Equal("versie 2", added.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await documents.PatchAsJsonAsync($"/api/documents/{document}", new { title = "Privacyreglement 2026" })).StatusCode);
        var changed = await AssertByAdministratorAsync("document.changed", "document", document.ToString(), "Privacyreglement 2026");
        Assert.Equal("title", changed.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await documents.DeleteAsync($"/api/documents/{document}")).StatusCode);
        await AssertByAdministratorAsync("document.deleted", "document", document.ToString());
    }

    [Fact]
    public async Task Creating_redelivering_changing_rotating_recovering_and_deleting_a_webhook_subscription()
    {
        var webhooks = await AdminAsync(_slice.Notifications);
        var subscription = await IdOfAsync(await webhooks.PostAsJsonAsync("/api/webhooks/subscriptions",
            new { url = "http://127.0.0.1:9/netwerk", eventTypes = new[] { "event.scheduled" } }), HttpStatusCode.Created);
        var created = await AssertByAdministratorAsync("webhook.created", "webhook", subscription.ToString());
        Assert.Equal("event.scheduled", created.GetProperty("detail").GetString());

        // A test message to a closed port fails; sending it again is the administrator's action.
        Assert.Equal(HttpStatusCode.Accepted, (await webhooks.PostAsync($"/api/webhooks/subscriptions/{subscription}/test", null)).StatusCode);
        var delivery = await Eventually.ReturnsAsync(async () => (await webhooks.GetFromJsonAsync<JsonElement>($"/api/webhooks/subscriptions/{subscription}/deliveries"))
            .GetProperty("items").EnumerateArray().FirstOrDefault(), d => d.ValueKind == JsonValueKind.Object && d.GetProperty("status").GetString() == "failed");
        var deliveryId = delivery.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Accepted, (await webhooks.PostAsync($"/api/webhooks/deliveries/{deliveryId}/redeliver", null)).StatusCode);
        var redelivered = await AssertByAdministratorAsync("webhook.redelivered", "webhook", subscription.ToString());
        Assert.Contains(deliveryId.ToString(), redelivered.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.OK, (await webhooks.PatchAsJsonAsync($"/api/webhooks/subscriptions/{subscription}", new { enabled = false })).StatusCode);
        var changed = await AssertByAdministratorAsync("webhook.changed", "webhook", subscription.ToString());
        Assert.Contains("Enabled", changed.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await webhooks.PostAsync($"/api/webhooks/subscriptions/{subscription}/rotate-secret", null)).StatusCode);
        await AssertByAdministratorAsync("webhook.secret_rotated", "webhook", subscription.ToString());
        var recover = await webhooks.PostAsJsonAsync($"/api/webhooks/subscriptions/{subscription}/recover", new { since = DateTimeOffset.UtcNow.AddDays(-1) });
        Assert.Equal(HttpStatusCode.Accepted, recover.StatusCode);
        await AssertByAdministratorAsync("webhook.recovered", "webhook", subscription.ToString());
        Assert.Equal(HttpStatusCode.NoContent, (await webhooks.DeleteAsync($"/api/webhooks/subscriptions/{subscription}")).StatusCode);
        await AssertByAdministratorAsync("webhook.deleted", "webhook", subscription.ToString());
    }

    /// <summary>The entry for <paramref name="action"/> on the target, made by the seeded administrator through the
    /// password-grant client from <see cref="AdministratorAddress"/>.</summary>
    private async Task<JsonElement> AssertByAdministratorAsync(string action, string targetType, string targetId, string? targetName = null)
    {
        var entry = await _log.EntryAsync(action, targetId);
        var me = await (await AdminAsync(_slice.Membership)).GetFromJsonAsync<JsonElement>("/api/members/me");
        Assert.Equal(me.GetProperty("id").GetGuid(), entry.GetProperty("actor").GetProperty("id").GetGuid());
        Assert.Equal(me.GetProperty("displayName").GetString(), entry.GetProperty("actor").GetProperty("name").GetString());
        Assert.Equal("netwerk-web", entry.GetProperty("clientId").GetString());
        Assert.Equal(AdministratorAddress, entry.GetProperty("clientAddress").GetString());
        Assert.Equal(targetType, entry.GetProperty("target").GetProperty("type").GetString());
        if (targetName is not null) Assert.Equal(targetName, entry.GetProperty("target").GetProperty("name").GetString());
        return entry;
    }

    private async Task<HttpClient> AdminAsync<T>(ServiceFactory<T> service) where T : class
    {
        var client = await _slice.AsAdministratorAsync(service.CreateClient());
        client.DefaultRequestHeaders.Add("X-Forwarded-For", AdministratorAddress);
        return client;
    }

    private static HttpClient As<T>(ServiceFactory<T> service, string token) where T : class
    {
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<Guid> RegisterAsync(string name) => await IdOfAsync(await _slice.RegisterAsync(name), HttpStatusCode.Created);

    private async Task<(Guid Id, string Token)> ApprovedAsync(string name)
    {
        var email = $"{Guid.NewGuid():N}@school.example";
        var member = await IdOfAsync(await _slice.RegisterAsync(name, email: email), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, (await (await AdminAsync(_slice.Membership)).PostAsync($"/api/members/{member}/approve", null)).StatusCode);
        return (member, await _slice.TokenAsync(email, "Veilig-wachtwoord-42"));
    }

    private async Task<Guid> ThreadAsync(string kind, string title, string? token = null)
    {
        var client = token is null ? await AdminAsync(_slice.Discussions) : As(_slice.Discussions, token);
        return await IdOfAsync(await client.PostAsJsonAsync("/api/discussions",
            new { kind, title, body = $"{title} Wie heeft hier ervaring mee en wil die delen?" }), HttpStatusCode.Created);
    }

    private static object NewEvent(string title) => new
    {
        title,
        description = "Met collega's uit de regio.",
        startsAt = DateTimeOffset.UtcNow.AddDays(14),
        endsAt = DateTimeOffset.UtcNow.AddDays(14).AddHours(2),
        timeZone = "Europe/Amsterdam",
        location = "Tilburg",
    };

    private static async Task<Guid> IdOfAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
