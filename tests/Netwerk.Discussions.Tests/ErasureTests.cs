using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Contracts.Members;
using Netwerk.Testing;

namespace Netwerk.Discussions.Tests;

/// <summary>A member who leaves is "oud-lid" in the history: threads and replies keep their text, votes their counts,
/// mentions read "@oud-lid", private messages lose their text, and neither their id nor their name is left in any
/// table of the service.</summary>
public sealed class ErasureTests(DiscussionsFixture fixture) : IClassFixture<DiscussionsFixture>
{
    [Fact]
    public async Task An_erased_member_leaves_no_name_or_id_in_any_table()
    {
        var leavingId = Guid.NewGuid();
        const string name = "Gerrit Brouwer";
        var leaving = await fixture.InDirectoryAsync(leavingId, name);
        var colleagueId = Guid.NewGuid();
        var colleague = await fixture.InDirectoryAsync(colleagueId, "Roos Vink");
        var groupId = await fixture.GroupAsync(leavingId, colleagueId);

        var question = (await DiscussionsFixture.StartAsync(leaving, "question", "Wie heeft een goed wachtwoordbeleid?", "Graag voorbeelden.")).Id();
        var need = (await DiscussionsFixture.StartAsync(colleague, "need", "Een gezamenlijk wachtwoordbeleid", "Voor alle scholen.")).Id();
        await DiscussionsFixture.ReplyAsync(leaving, need, "Dat wil ik ook heel graag.");
        Assert.Equal(HttpStatusCode.NoContent, (await leaving.PutAsync($"/api/discussions/{need}/vote", null)).StatusCode);
        var reply = await DiscussionsFixture.ReplyAsync(colleague, question, $"Vraag het @{leavingId}, hij weet het.");
        Assert.Equal(HttpStatusCode.NoContent, (await leaving.PutAsync($"/api/discussions/{question}/replies/{reply}/helpful", null)).StatusCode);
        await DiscussionsFixture.StartAsync(leaving, "discussion", "Ons werkgroepplan", "Alleen voor ons.", groupId);
        Assert.Equal(HttpStatusCode.Accepted, (await leaving.PostAsJsonAsync($"/api/discussions/{need}/report", new { reason = "Dubbel." })).StatusCode);
        using var conversation = await leaving.PostAsJsonAsync("/api/conversations",
            new { memberIds = new[] { colleagueId }, subject = "Ons beleid", body = "Hier is ons beleid, vertrouwelijk." });
        var conversationId = (await conversation.JsonAsync()).Id();
        await colleague.PostAsJsonAsync($"/api/conversations/{conversationId}/messages", new { body = "Dank je!" });
        await Eventually.ReturnsAsync(() => fixture.CountAsync("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL"), count => count == 0);

        await fixture.PublishAsync(new MemberErased(Guid.NewGuid(), DateTimeOffset.UtcNow, leavingId));
        await Eventually.ReturnsAsync(() => fixture.CountAsync($"SELECT count(*) FROM known_members WHERE member_id = '{leavingId}'"), count => count == 0);

        Assert.Empty(await PostgresInstance.TablesHoldingAsync(fixture.DatabaseConnectionString, leavingId.ToString()));
        Assert.Empty(await PostgresInstance.TablesHoldingAsync(fixture.DatabaseConnectionString, name));
        Assert.Empty(await PostgresInstance.TablesHoldingAsync(fixture.DatabaseConnectionString, "vertrouwelijk"));

        var shown = await colleague.GetFromJsonAsync<JsonElement>($"/api/discussions/{question}");
        Assert.Equal(("oud-lid", "Wie heeft een goed wachtwoordbeleid?"), (shown.GetProperty("authorName").GetString(), shown.GetProperty("title").GetString()));
        var mention = shown.GetProperty("replies").EnumerateArray().Single(r => r.Id() == reply);
        Assert.Contains("@oud-lid", mention.GetProperty("body").GetString());
        Assert.Equal(1, mention.GetProperty("helpfulCount").GetInt32());
        var needShown = await colleague.GetFromJsonAsync<JsonElement>($"/api/discussions/{need}");
        Assert.Equal(1, needShown.GetProperty("voteCount").GetInt32());
        Assert.Equal("oud-lid", needShown.GetProperty("replies")[0].GetProperty("authorName").GetString());
        var messages = (await colleague.GetFromJsonAsync<JsonElement>($"/api/conversations/{conversationId}")).GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal([("oud-lid", ""), ("Roos Vink", "Dank je!")],
            messages.Select(m => (m.GetProperty("authorName").GetString(), m.GetProperty("body").GetString())));
    }
}
