using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Discussions.Tests;

/// <summary>Questions, discussions and needs: asked, answered, accepted; one vote per member; refused input changes
/// nothing; Markdown is rendered once and safely.</summary>
public sealed class ThreadsTests(DiscussionsFixture fixture) : IClassFixture<DiscussionsFixture>
{
    [Fact]
    public async Task A_question_is_answered_and_accepted_by_its_asker_and_then_leaves_the_unanswered_list()
    {
        var asker = fixture.AsMember(Guid.NewGuid(), "Femke Bakker");
        var helperId = Guid.NewGuid();
        var helper = fixture.AsMember(helperId, "Joost Mulder");
        var title = $"Hoe exporteer ik leerlinggegevens? {Guid.NewGuid():N}";
        var question = await DiscussionsFixture.StartAsync(asker, "question", title, "Uit het **LVS** naar Excel.");
        var id = question.Id();
        Assert.Contains(title, await DiscussionsFixture.TitlesAsync(helper, "?unanswered=true&limit=100"));

        using var replied = await helper.PostAsJsonAsync($"/api/discussions/{id}/replies", new { body = "Via *Rapportage* → Export." });
        Assert.Equal(HttpStatusCode.Created, replied.StatusCode);
        var replyId = (await replied.Content.ReadFromJsonAsync<JsonElement>()).Id();
        using var notHis = await helper.PostAsync($"/api/discussions/{id}/replies/{replyId}/accept", null);
        using var accepted = await asker.PostAsync($"/api/discussions/{id}/replies/{replyId}/accept", null);

        Assert.Equal(HttpStatusCode.Forbidden, notHis.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        var thread = await helper.GetFromJsonAsync<JsonElement>($"/api/discussions/{id}");
        Assert.Equal(replyId, thread.GetProperty("acceptedReplyId").GetGuid());
        Assert.Equal(1, thread.GetProperty("replyCount").GetInt32());
        var reply = thread.GetProperty("replies")[0];
        Assert.True(reply.GetProperty("accepted").GetBoolean());
        Assert.Equal("Joost Mulder", reply.GetProperty("authorName").GetString());
        Assert.Equal("Femke Bakker", thread.GetProperty("authorName").GetString());
        Assert.Contains("<strong>LVS</strong>", thread.GetProperty("bodyHtml").GetString());
        Assert.DoesNotContain(title, await DiscussionsFixture.TitlesAsync(helper, "?unanswered=true&limit=100"));
    }

    [Fact]
    public async Task Only_a_question_has_an_accepted_answer()
    {
        var author = fixture.AsMember(Guid.NewGuid());
        var discussion = await DiscussionsFixture.StartAsync(author, "discussion", "Ervaringen met Microsoft 365 op school", "Wie deelt zijn ervaringen?");
        using var replied = await author.PostAsJsonAsync($"/api/discussions/{discussion.Id()}/replies", new { body = "Wij gebruiken het sinds 2020." });
        var replyId = (await replied.Content.ReadFromJsonAsync<JsonElement>()).Id();

        using var accepted = await author.PostAsync($"/api/discussions/{discussion.Id()}/replies/{replyId}/accept", null);

        Assert.Equal(HttpStatusCode.Conflict, accepted.StatusCode);
    }

    [Fact]
    public async Task Fifty_votes_at_once_count_one_per_member_however_often_a_member_asks()
    {
        var need = await DiscussionsFixture.StartAsync(fixture.AsMember(Guid.NewGuid()), "need", "Een gezamenlijke verwerkersovereenkomst",
            "Elke school onderhandelt nu zelf met elke leverancier.");
        var voterId = Guid.NewGuid();
        var voter = fixture.AsMember(voterId);
        var other = fixture.AsMember(Guid.NewGuid());

        // 50 votes at once: the voter's 8, and 21 other members voting twice each.
        var others = Enumerable.Range(0, 21).Select(_ => fixture.AsMember(Guid.NewGuid())).ToList();
        var votes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => voter).Concat(others).Concat(others)
            .Select(member => member.PutAsync($"/api/discussions/{need.Id()}/vote", null)));
        using var second = await other.PutAsync($"/api/discussions/{need.Id()}/vote", null);

        Assert.Equal(50, votes.Length);
        Assert.All(votes, v => Assert.Equal(HttpStatusCode.NoContent, v.StatusCode));
        var seen = await voter.GetFromJsonAsync<JsonElement>($"/api/discussions/{need.Id()}");
        Assert.Equal(23, seen.GetProperty("voteCount").GetInt32());
        Assert.Equal(23, await fixture.CountAsync($"SELECT count(*) FROM votes WHERE thread_id = '{need.Id()}'"));
        Assert.True(seen.GetProperty("voted").GetBoolean());
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM votes WHERE thread_id = '{need.Id()}' AND member_id = '{voterId}'"));

        using var withdrawn = await voter.DeleteAsync($"/api/discussions/{need.Id()}/vote");
        Assert.Equal(22, (await voter.GetFromJsonAsync<JsonElement>($"/api/discussions/{need.Id()}")).GetProperty("voteCount").GetInt32());
    }

    [Theory]
    [InlineData("""{"kind": "klacht", "title": "Een geldige titel", "body": "Tekst."}""", "kind")]
    [InlineData("""{"kind": "question", "title": "Kort", "body": "Tekst."}""", "title")]
    [InlineData("""{"kind": "question", "title": "Een geldige titel", "body": "   "}""", "body")]
    [InlineData("""{"kind": "question", "title": "Een geldige titel", "body": "Tekst.", "groupId": "0195f3a1-0000-7000-8000-000000000099"}""", "groupId")]
    public async Task An_invalid_thread_is_refused_at_its_field_and_nothing_is_stored(string json, string field)
    {
        var before = await fixture.CountAsync("SELECT count(*) FROM threads");

        using var response = await fixture.AsMember(Guid.NewGuid()).PostAsync("/api/discussions", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, await response.FieldErrorsAsync());
        Assert.Equal(before, await fixture.CountAsync("SELECT count(*) FROM threads"));
    }

    [Fact]
    public async Task Markup_in_a_body_is_text_and_a_visitor_sees_nothing()
    {
        var thread = await DiscussionsFixture.StartAsync(fixture.AsMember(Guid.NewGuid()), "discussion", "Een veilige weergave",
            "<script>alert(1)</script> [klik](javascript:alert(1))");

        Assert.DoesNotContain("<script>", thread.GetProperty("bodyHtml").GetString());
        Assert.DoesNotContain("javascript:", thread.GetProperty("bodyHtml").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anonymous().GetAsync($"/api/discussions/{thread.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anonymous().GetAsync("/api/discussions")).StatusCode);
    }
}
