using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Discussions.Tests;

/// <summary>What moderators do and what members' reports cause: a locked thread refuses replies, three members'
/// reports hide a post until a moderator decides, a merge keeps one vote per member, a need moves through its steps
/// and its voters are told.</summary>
public sealed class ModerationTests(DiscussionsFixture fixture) : IClassFixture<DiscussionsFixture>
{
    [Fact]
    public async Task A_locked_thread_refuses_replies_until_it_is_unlocked()
    {
        var author = fixture.AsMember(Guid.NewGuid());
        var id = (await DiscussionsFixture.StartAsync(author, "discussion", "Een discussie die uit de hand loopt", "Wat vinden jullie?")).Id();
        var moderator = fixture.AsModerator();

        Assert.Equal(HttpStatusCode.Forbidden, (await author.PostAsync($"/api/discussions/{id}/lock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await moderator.PostAsync($"/api/discussions/{id}/lock", null)).StatusCode);
        using var refused = await author.PostAsJsonAsync($"/api/discussions/{id}/replies", new { body = "Nog één ding." });
        var locked = await author.GetFromJsonAsync<JsonElement>($"/api/discussions/{id}");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.True(locked.GetProperty("locked").GetBoolean());
        Assert.Equal(0, locked.GetProperty("replyCount").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, (await moderator.PostAsync($"/api/discussions/{id}/unlock", null)).StatusCode);
        await DiscussionsFixture.ReplyAsync(author, id, "Nu mag het weer.");
    }

    [Fact]
    public async Task Three_members_reports_hide_a_reply_until_a_moderator_restores_it()
    {
        var author = fixture.AsMember(Guid.NewGuid());
        var id = (await DiscussionsFixture.StartAsync(author, "question", "Welke leverancier voor laptops?", "Voor 300 leerlingen.")).Id();
        var spammerId = Guid.NewGuid();
        var replyId = await DiscussionsFixture.ReplyAsync(fixture.AsMember(spammerId), id, "Koop goedkope laptops bij example.com!!!");
        var reporters = Enumerable.Range(0, 3).Select(_ => fixture.AsMember(Guid.NewGuid())).ToList();

        // The first member reports twice: still one report. Then the three report at once.
        Assert.Equal(HttpStatusCode.Accepted, (await reporters[0].PostAsJsonAsync($"/api/discussions/{id}/replies/{replyId}/report", new { reason = "Reclame" })).StatusCode);
        await reporters[0].PostAsJsonAsync($"/api/discussions/{id}/replies/{replyId}/report", new { reason = "Nog steeds reclame" });
        Assert.Equal(1, (await author.GetFromJsonAsync<JsonElement>($"/api/discussions/{id}")).GetProperty("replies").GetArrayLength());
        var reports = await Task.WhenAll(reporters.Select(r => r.PostAsJsonAsync($"/api/discussions/{id}/replies/{replyId}/report", new { reason = "Spam" })));

        Assert.All(reports, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Equal(3, await fixture.CountAsync($"SELECT count(*) FROM reports WHERE reply_id = '{replyId}' AND decided_at IS NULL"));
        Assert.Equal(0, (await author.GetFromJsonAsync<JsonElement>($"/api/discussions/{id}")).GetProperty("replies").GetArrayLength());
        var own = await fixture.AsMember(spammerId).GetFromJsonAsync<JsonElement>($"/api/discussions/{id}");
        Assert.True(own.GetProperty("replies")[0].GetProperty("hidden").GetBoolean());
        var queue = await fixture.AsModerator().GetFromJsonAsync<JsonElement>("/api/discussions/reports?limit=100");
        var post = queue.GetProperty("items").EnumerateArray().Single(p => p.TryGetProperty("replyId", out var r) && r.ValueKind == JsonValueKind.String && r.GetGuid() == replyId);
        Assert.Equal(3, post.GetProperty("reportCount").GetInt32());
        Assert.True(post.GetProperty("hidden").GetBoolean());
        Assert.Contains("example.com", post.GetProperty("excerpt").GetString());
        Assert.Single((await fixture.OutboxAsync("ContentReported", $"payload->>'replyId' = '{replyId}' AND (payload->>'hidden')::boolean")));
        Assert.Equal(HttpStatusCode.Forbidden, (await author.GetAsync("/api/discussions/reports")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await fixture.AsModerator().PostAsync($"/api/discussions/{id}/replies/{replyId}/restore", null)).StatusCode);

        Assert.Equal(1, (await author.GetFromJsonAsync<JsonElement>($"/api/discussions/{id}")).GetProperty("replies").GetArrayLength());
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM reports WHERE reply_id = '{replyId}' AND decided_at IS NULL"));
    }

    [Fact]
    public async Task A_thread_reported_three_times_leaves_the_list_and_a_moderator_can_hide_it_for_good()
    {
        var marker = Guid.NewGuid().ToString("N");
        var id = (await DiscussionsFixture.StartAsync(fixture.AsMember(Guid.NewGuid()), "discussion", $"Ongepast onderwerp {marker}", "Iets ongepasts.")).Id();
        var reader = fixture.AsMember(Guid.NewGuid());
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await fixture.AsMember(Guid.NewGuid()).PostAsJsonAsync($"/api/discussions/{id}/report", new { reason = "Ongepast" });
        }

        Assert.DoesNotContain($"Ongepast onderwerp {marker}", await DiscussionsFixture.TitlesAsync(reader, "?limit=100"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/discussions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await fixture.AsModerator().PostAsync($"/api/discussions/{id}/hide", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/discussions/{id}")).StatusCode);
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM reports WHERE thread_id = '{id}' AND decided_at IS NULL"));
    }

    [Fact]
    public async Task A_merge_moves_votes_and_followers_to_the_original_keeping_one_vote_per_member()
    {
        var original = (await DiscussionsFixture.StartAsync(fixture.AsMember(Guid.NewGuid()), "need", "Een landelijke AVG-helpdesk voor scholen",
            "Zodat niet elke school zelf een jurist zoekt.")).Id();
        var duplicate = (await DiscussionsFixture.StartAsync(fixture.AsMember(Guid.NewGuid()), "need", "Juridische hulp bij privacyvragen",
            "Een helpdesk voor de AVG.")).Id();
        var both = fixture.AsMember(Guid.NewGuid());
        var onlyDuplicateId = Guid.NewGuid();
        var onlyDuplicate = fixture.AsMember(onlyDuplicateId);
        await both.PutAsync($"/api/discussions/{original}/vote", null);
        await both.PutAsync($"/api/discussions/{duplicate}/vote", null);
        await onlyDuplicate.PutAsync($"/api/discussions/{duplicate}/vote", null);
        var follower = fixture.AsMember(Guid.NewGuid());
        await follower.PutAsync($"/api/discussions/{duplicate}/follow", null);

        Assert.Equal(HttpStatusCode.Forbidden, (await both.PostAsJsonAsync($"/api/discussions/{duplicate}/merge", new { intoId = original })).StatusCode);
        var merges = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            fixture.AsModerator().PostAsJsonAsync($"/api/discussions/{duplicate}/merge", new { intoId = original })));

        Assert.Single(merges, m => m.StatusCode == HttpStatusCode.NoContent);
        Assert.All(merges, m => Assert.Contains(m.StatusCode, new[] { HttpStatusCode.NoContent, HttpStatusCode.Conflict }));
        var merged = await both.GetFromJsonAsync<JsonElement>($"/api/discussions/{original}");
        Assert.Equal(2, merged.GetProperty("voteCount").GetInt32());
        Assert.Equal(2, await fixture.CountAsync($"SELECT count(*) FROM votes WHERE thread_id = '{original}'"));
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM votes WHERE thread_id = '{duplicate}'"));
        Assert.True((await follower.GetFromJsonAsync<JsonElement>($"/api/discussions/{original}")).GetProperty("following").GetBoolean());
        var closed = await both.GetFromJsonAsync<JsonElement>($"/api/discussions/{duplicate}");
        Assert.Equal(original, closed.GetProperty("mergedIntoId").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, (await onlyDuplicate.PutAsync($"/api/discussions/{duplicate}/vote", null)).StatusCode);
        var told = Assert.Single(await fixture.OutboxAsync("ThreadsMerged", $"payload->>'duplicateId' = '{duplicate}'"));
        Assert.Contains(onlyDuplicateId, told.GetProperty("voterIds").EnumerateArray().Select(v => v.GetGuid()));
    }

    [Fact]
    public async Task A_need_moves_to_planned_with_a_note_and_its_voters_are_told()
    {
        var need = (await DiscussionsFixture.StartAsync(fixture.AsMember(Guid.NewGuid()), "need", "Een model-informatiebeveiligingsbeleid",
            "Voor kleine besturen.", theme: "security")).Id();
        var voterId = Guid.NewGuid();
        await fixture.AsMember(voterId).PutAsync($"/api/discussions/{need}/vote", null);
        var discussion = (await DiscussionsFixture.StartAsync(fixture.AsMember(Guid.NewGuid()), "discussion", "Geen behoefte maar een gesprek", "Tekst.")).Id();
        var moderator = fixture.AsModerator();

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.AsMember(voterId).PostAsJsonAsync($"/api/discussions/{need}/status",
            new { status = "planned", note = "Ik plan het zelf." })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await moderator.PostAsJsonAsync($"/api/discussions/{discussion}/status",
            new { status = "planned", note = "Past niet." })).StatusCode);
        using var noNote = await moderator.PostAsJsonAsync($"/api/discussions/{need}/status", new { status = "planned", note = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("note", await noNote.FieldErrorsAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await moderator.PostAsJsonAsync($"/api/discussions/{need}/status",
            new { status = "planned", note = "De werkgroep schrijft het model in het voorjaar." })).StatusCode);

        var thread = await fixture.AsMember(voterId).GetFromJsonAsync<JsonElement>($"/api/discussions/{need}");
        Assert.Equal("planned", thread.GetProperty("status").GetString());
        Assert.Equal("De werkgroep schrijft het model in het voorjaar.", thread.GetProperty("statusNote").GetString());
        Assert.Equal("planned", thread.GetProperty("statusHistory")[0].GetProperty("status").GetString());
        Assert.Contains("Een model-informatiebeveiligingsbeleid", await DiscussionsFixture.TitlesAsync(fixture.AsMember(voterId), "?kind=need&status=planned&limit=100"));
        var told = Assert.Single(await fixture.OutboxAsync("NeedStatusChanged", $"payload->'thread'->>'id' = '{need}'"));
        Assert.Equal([voterId], told.GetProperty("voterIds").EnumerateArray().Select(v => v.GetGuid()));
        Assert.Equal(1, told.GetProperty("voteCount").GetInt32());
    }
}
