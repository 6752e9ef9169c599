using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Discussions.Tests;

/// <summary>Authors (and moderators) change and delete what they wrote; nobody else does; a stale change is refused;
/// deleted posts leave lists and search; tags and themes narrow the list; new members post within their day's limits.</summary>
public sealed class ChangesTests(DiscussionsFixture fixture) : IClassFixture<DiscussionsFixture>
{
    [Fact]
    public async Task An_author_edits_a_thread_with_its_etag_and_it_shows_bewerkt_while_a_stale_or_strangers_edit_is_refused()
    {
        var author = fixture.AsMember(Guid.NewGuid());
        using var created = await author.PostAsJsonAsync("/api/discussions", new { kind = "question", title = "Welk wifi-netwerk voor gasten?", body = "Eerste versie." });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).Id();
        var etag = created.Headers.ETag!.Tag;

        using var strangers = await Patch(fixture.AsMember(Guid.NewGuid()), id, new { title = "Overgenomen titel" }, etag);
        using var edited = await Patch(author, id, new { body = "Tweede versie, met **meer** uitleg.", tags = new[] { "Wifi", "netwerk", "wifi" }, theme = "security" }, etag);
        using var stale = await Patch(author, id, new { title = "Een titel van de oude versie" }, etag);
        using var noTheme = await Patch(author, id, new { theme = "sport" }, null);

        Assert.Equal(HttpStatusCode.Forbidden, strangers.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noTheme.StatusCode);
        var thread = await author.GetFromJsonAsync<JsonElement>($"/api/discussions/{id}");
        Assert.Equal("Welk wifi-netwerk voor gasten?", thread.GetProperty("title").GetString());
        Assert.Contains("<strong>meer</strong>", thread.GetProperty("bodyHtml").GetString());
        Assert.Equal(JsonValueKind.String, thread.GetProperty("editedAt").ValueKind);
        Assert.Equal(["wifi", "netwerk"], thread.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("Welk wifi-netwerk voor gasten?", await DiscussionsFixture.TitlesAsync(author, "?tag=wifi&theme=security&limit=100"));
        Assert.DoesNotContain("Welk wifi-netwerk voor gasten?", await DiscussionsFixture.TitlesAsync(author, "?tag=wifi&theme=privacy&limit=100"));
        Assert.Single(await fixture.OutboxAsync("ThreadUpdated", $"payload->'thread'->>'id' = '{id}'"));
    }

    [Fact]
    public async Task A_deleted_thread_leaves_the_list_search_and_its_address()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        var author = fixture.AsMember(Guid.NewGuid());
        var id = (await DiscussionsFixture.StartAsync(author, "discussion", $"Per ongeluk geplaatst {marker}", $"Kladversie {marker}.")).Id();

        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.AsMember(Guid.NewGuid()).DeleteAsync($"/api/discussions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await author.DeleteAsync($"/api/discussions/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync($"/api/discussions/{id}")).StatusCode);
        Assert.Empty(await DiscussionsFixture.TitlesAsync(author, $"?q={marker}"));
        Assert.DoesNotContain($"Per ongeluk geplaatst {marker}", await DiscussionsFixture.TitlesAsync(author, "?limit=100"));
        Assert.Single(await fixture.OutboxAsync("ThreadDeleted", $"payload->>'threadId' = '{id}'"));
    }

    [Fact]
    public async Task A_reply_is_edited_and_deleted_by_its_author_and_a_deleted_answer_reopens_the_question()
    {
        var asker = fixture.AsMember(Guid.NewGuid());
        var answerer = fixture.AsMember(Guid.NewGuid());
        var id = (await DiscussionsFixture.StartAsync(asker, "question", "Hoe lang bewaren we camerabeelden?", "Bij de ingang.")).Id();
        var replyId = await DiscussionsFixture.ReplyAsync(answerer, id, "Vier weken.");
        await asker.PostAsync($"/api/discussions/{id}/replies/{replyId}/accept", null);

        using var strangers = await asker.PatchAsJsonAsync($"/api/discussions/{id}/replies/{replyId}", new { body = "Tien jaar." });
        using var edited = await answerer.PatchAsJsonAsync($"/api/discussions/{id}/replies/{replyId}", new { body = "Vier weken, tenzij er een incident is." });
        Assert.Equal(HttpStatusCode.Forbidden, strangers.StatusCode);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var reply = (await asker.GetFromJsonAsync<JsonElement>($"/api/discussions/{id}")).GetProperty("replies")[0];
        Assert.Equal("Vier weken, tenzij er een incident is.", reply.GetProperty("body").GetString());
        Assert.Equal(JsonValueKind.String, reply.GetProperty("editedAt").ValueKind);

        var deletions = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => answerer.DeleteAsync($"/api/discussions/{id}/replies/{replyId}")));

        var thread = await asker.GetFromJsonAsync<JsonElement>($"/api/discussions/{id}");
        Assert.Equal(0, thread.GetProperty("replyCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, thread.GetProperty("acceptedReplyId").ValueKind);
        Assert.Contains("Hoe lang bewaren we camerabeelden?", await DiscussionsFixture.TitlesAsync(asker, "?unanswered=true&limit=100"));
        Assert.Contains(deletions, d => d.StatusCode == HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Helpful_marks_count_one_per_member_however_fast_they_are_sent()
    {
        var id = (await DiscussionsFixture.StartAsync(fixture.AsMember(Guid.NewGuid()), "question", "Tips voor een datalek-protocol?", "Graag.")).Id();
        var replyId = await DiscussionsFixture.ReplyAsync(fixture.AsMember(Guid.NewGuid()), id, "Begin bij de meldplicht.");
        var reader = fixture.AsMember(Guid.NewGuid());

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => reader.PutAsync($"/api/discussions/{id}/replies/{replyId}/helpful", null)));
        await fixture.AsMember(Guid.NewGuid()).PutAsync($"/api/discussions/{id}/replies/{replyId}/helpful", null);

        var reply = (await reader.GetFromJsonAsync<JsonElement>($"/api/discussions/{id}")).GetProperty("replies")[0];
        Assert.Equal(2, reply.GetProperty("helpfulCount").GetInt32());
        Assert.True(reply.GetProperty("markedHelpful").GetBoolean());
    }

    [Fact]
    public async Task A_member_approved_today_starts_three_threads_that_day_and_an_established_member_more()
    {
        var newcomerId = Guid.NewGuid();
        var establishedId = Guid.NewGuid();
        await fixture.ApproveAsync(newcomerId, "Nieuw Lid", DateTimeOffset.UtcNow.AddHours(-1));
        await fixture.ApproveAsync(establishedId, "Oud Lid", DateTimeOffset.UtcNow.AddDays(-3));
        var newcomer = fixture.AsMember(newcomerId);
        var established = fixture.AsMember(establishedId);

        var answers = new List<HttpStatusCode>();
        var establishedAnswers = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add((await newcomer.PostAsJsonAsync("/api/discussions", new { kind = "discussion", title = $"Kennismaking nummer {i}", body = "Hallo!" })).StatusCode);
            establishedAnswers.Add((await established.PostAsJsonAsync("/api/discussions", new { kind = "discussion", title = $"Onderwerp nummer {i}", body = "Hallo!" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, (HttpStatusCode)429], answers);
        Assert.All(establishedAnswers, a => Assert.Equal(HttpStatusCode.Created, a));
        Assert.Equal(3, await fixture.CountAsync($"SELECT count(*) FROM threads WHERE author_id = '{newcomerId}'"));
    }

    private static Task<HttpResponseMessage> Patch(HttpClient client, Guid id, object patch, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/discussions/{id}") { Content = JsonContent.Create(patch) };
        if (etag is not null) request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }
}
