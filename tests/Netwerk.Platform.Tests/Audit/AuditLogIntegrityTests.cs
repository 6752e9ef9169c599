using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Membership.Audit;
using Netwerk.Testing;
using Npgsql;

namespace Netwerk.Platform.Tests.Audit;

/// <summary>The audit log is for administrators only, pages newest first without gaps, cannot be changed through any
/// endpoint or any UPDATE, and forgets only what is older than the kept period.</summary>
public sealed class AuditLogIntegrityTests(AuditFixture fixture) : IClassFixture<AuditFixture>
{
    private readonly PlatformSlice _slice = fixture.Slice;

    [Fact]
    public async Task Only_administrators_read_it()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _slice.Membership.CreateClient().GetAsync("/api/audit")).StatusCode);
        var email = $"{Guid.NewGuid():N}@school.example";
        var member = (await (await _slice.RegisterAsync("Ruben Kok", email: email)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await (await _slice.AsAdministratorAsync(_slice.Membership.CreateClient())).PostAsync($"/api/members/{member}/approve", null);
        var asMember = _slice.Membership.CreateClient();
        asMember.DefaultRequestHeaders.Authorization = new("Bearer", await _slice.TokenAsync(email, "Veilig-wachtwoord-42"));
        Assert.Equal(HttpStatusCode.Forbidden, (await asMember.GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task No_endpoint_changes_or_deletes_an_entry_and_the_database_refuses_an_update()
    {
        var entry = await OneEntryAsync();
        var id = entry.GetProperty("id").GetGuid();
        var admin = await _slice.AsAdministratorAsync(_slice.Membership.CreateClient());
        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete, HttpMethod.Post })
        {
            foreach (var path in new[] { "/api/audit", $"/api/audit/{id}" })
            {
                using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(new { actor = new { name = "Niemand" } }) };
                var status = (await admin.SendAsync(request)).StatusCode;
                Assert.True(status is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, $"{method} {path}: {(int)status}");
            }
        }
        var exception = await Assert.ThrowsAsync<PostgresException>(() =>
            PostgresInstance.ExecuteAsync(_slice.MembershipDatabase, $"UPDATE audit_entries SET actor_name = 'Niemand' WHERE id = '{id}'"));
        Assert.Contains("never changed", exception.MessageText);

        var after = await (await _slice.AsAdministratorAsync(_slice.Membership.CreateClient())).GetFromJsonAsync<JsonElement>($"/api/audit?targetId={entry.GetProperty("target").GetProperty("id").GetString()}");
        Assert.Equal(entry.GetProperty("actor").GetProperty("name").GetString(),
            Assert.Single(after.GetProperty("items").EnumerateArray()).GetProperty("actor").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Pages_run_newest_first_without_gaps_and_filters_narrow_them()
    {
        var admin = await _slice.AsAdministratorAsync(_slice.Events.CreateClient());
        var titles = new[] { "Eerste", "Tweede", "Derde" };
        var ids = new List<string>();
        foreach (var title in titles)
        {
            var created = await admin.PostAsJsonAsync("/api/events", new
            {
                title = $"Bijeenkomst {title}", description = "Samen verder.", startsAt = DateTimeOffset.UtcNow.AddDays(5),
                endsAt = DateTimeOffset.UtcNow.AddDays(5).AddHours(1), timeZone = "Europe/Amsterdam",
            });
            ids.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }
        var log = await _slice.AsAdministratorAsync(_slice.Membership.CreateClient());
        var since = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O"));
        await Eventually.ReturnsAsync(async () => (await log.GetFromJsonAsync<JsonElement>($"/api/audit?service=events&action=event.scheduled&from={since}&limit=100"))
            .GetProperty("items").EnumerateArray().Count(e => ids.Contains(e.GetProperty("target").GetProperty("id").GetString()!)), count => count == 3);

        var seen = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await log.GetFromJsonAsync<JsonElement>($"/api/audit?service=events&action=event.scheduled&from={since}&limit=2" +
                (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.True(items.Count <= 2);
            seen.AddRange(items);
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);
        var ours = seen.Where(e => ids.Contains(e.GetProperty("target").GetProperty("id").GetString()!)).ToList();
        Assert.Equal(ids.AsEnumerable().Reverse(), ours.Select(e => e.GetProperty("target").GetProperty("id").GetString()));
        Assert.Equal(seen.Count, seen.Select(e => e.GetProperty("id").GetGuid()).Distinct().Count());
        Assert.All(seen, e => Assert.Equal("event.scheduled", e.GetProperty("action").GetString()));
        var times = seen.Select(e => e.GetProperty("occurredAt").GetDateTimeOffset()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);

        var bad = await log.GetAsync("/api/audit?from=2026-12-02T00:00:00Z&to=2026-12-01T00:00:00Z&limit=500");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("from", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("limit", out _));
    }

    [Fact]
    public async Task Retention_deletes_only_what_is_older_than_the_kept_period()
    {
        var recent = await OneEntryAsync();
        var old = Guid.CreateVersion7();
        await PostgresInstance.ExecuteAsync(_slice.MembershipDatabase,
            "INSERT INTO audit_entries (id, occurred_at, actor_name, service, action, target_type, target_id) " +
            $"VALUES ('{old}', now() - interval '800 days', 'Oud-beheerder', 'membership', 'registration.approved', 'member', '{Guid.NewGuid()}')");

        var deleted = await _slice.Membership.Services.GetRequiredService<AuditRetention>().PurgeAsync(CancellationToken.None);

        Assert.True(deleted >= 1);
        Assert.Equal(0L, await PostgresInstance.QueryScalarAsync<long>(_slice.MembershipDatabase, $"SELECT count(*) FROM audit_entries WHERE id = '{old}'"));
        Assert.Equal(1L, await PostgresInstance.QueryScalarAsync<long>(_slice.MembershipDatabase,
            $"SELECT count(*) FROM audit_entries WHERE id = '{recent.GetProperty("id").GetGuid()}'"));
    }

    [Fact]
    public async Task A_member_sees_their_entries_in_their_export_and_after_leaving_stays_in_the_log_by_id_only()
    {
        var email = $"{Guid.NewGuid():N}@school.example";
        var member = (await (await _slice.RegisterAsync("Bas Verhoeven", email: email)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var admin = await _slice.AsAdministratorAsync(_slice.Membership.CreateClient());
        await admin.PostAsync($"/api/members/{member}/approve", null);
        await admin.PutAsJsonAsync($"/api/members/{member}/roles", new { roles = new[] { "member", "moderator" } });
        var asModerator = _slice.Membership.CreateClient();
        asModerator.DefaultRequestHeaders.Authorization = new("Bearer", await _slice.TokenAsync(email, "Veilig-wachtwoord-42"));
        asModerator.DefaultRequestHeaders.Add("X-Forwarded-For", "127.0.42.9");
        var group = (await (await asModerator.PostAsJsonAsync("/api/groups", new { name = $"Roosters {Guid.NewGuid():N}"[..24] }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var trail = new AuditTrail(_slice);
        var created = await trail.EntryAsync("group.created", group);
        Assert.Equal("Bas Verhoeven", created.GetProperty("actor").GetProperty("name").GetString());
        await trail.EntryAsync("registration.approved", member.ToString());

        // Until then the member's own export shows what the log holds on them.
        var export = await asModerator.GetFromJsonAsync<JsonElement>("/api/members/me/export");
        Assert.Contains(export.GetProperty("services").GetProperty("membership").GetProperty("auditLog").EnumerateArray(),
            e => e.GetProperty("action").GetString() == "group.created" && e.GetProperty("clientAddress").GetString() == "127.0.42.9");

        Assert.Equal(HttpStatusCode.NoContent, (await asModerator.DeleteAsync("/api/members/me")).StatusCode);

        var acted = await trail.EntryAsync("group.created", group);
        Assert.Equal(member, acted.GetProperty("actor").GetProperty("id").GetGuid());
        Assert.Equal("Voormalig lid", acted.GetProperty("actor").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, acted.GetProperty("clientAddress").ValueKind);
        Assert.Equal(created.GetProperty("occurredAt").GetDateTimeOffset(), acted.GetProperty("occurredAt").GetDateTimeOffset());
        var approved = await trail.EntryAsync("registration.approved", member.ToString());
        Assert.Equal("Voormalig lid", approved.GetProperty("target").GetProperty("name").GetString());
        Assert.Equal("Beheerder Netwerk", approved.GetProperty("actor").GetProperty("name").GetString());
        Assert.Equal(0L, await PostgresInstance.QueryScalarAsync<long>(_slice.MembershipDatabase,
            "SELECT count(*) FROM audit_entries WHERE actor_name = 'Bas Verhoeven' OR target_name = 'Bas Verhoeven'"));
    }

    /// <summary>An entry made now: an approval.</summary>
    private async Task<JsonElement> OneEntryAsync()
    {
        var member = (await (await _slice.RegisterAsync("Eva Willems")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await (await _slice.AsAdministratorAsync(_slice.Membership.CreateClient())).PostAsync($"/api/members/{member}/approve", null);
        return await new AuditTrail(_slice).EntryAsync("registration.approved", member.ToString());
    }
}
