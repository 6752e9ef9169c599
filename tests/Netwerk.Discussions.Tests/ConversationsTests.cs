using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Discussions.Tests;

/// <summary>Private conversations: only with members in the directory, only participants read or write (to anyone else
/// it does not exist), unread counts that follow reading, the others told without the text, bad input refused.</summary>
public sealed class ConversationsTests(DiscussionsFixture fixture) : IClassFixture<DiscussionsFixture>
{
    [Fact]
    public async Task Participants_write_and_read_while_anyone_else_gets_404()
    {
        var senderId = Guid.NewGuid();
        var recipientId = Guid.NewGuid();
        var outsiderId = Guid.NewGuid();
        var sender = await fixture.InDirectoryAsync(senderId, "Karin Mulder");
        var recipient = await fixture.InDirectoryAsync(recipientId, "Joost van Dam");
        var outsider = await fixture.InDirectoryAsync(outsiderId, "Fleur Bakker");

        using var started = await sender.PostAsJsonAsync("/api/conversations",
            new { memberIds = new[] { recipientId }, subject = "Jullie AVG-register", body = "Mag ik jullie register eens zien?" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var id = (await started.JsonAsync()).Id();

        var inbox = await recipient.GetFromJsonAsync<JsonElement>("/api/conversations");
        var listed = inbox.GetProperty("items").EnumerateArray().Single(c => c.Id() == id);
        Assert.Equal(1, listed.GetProperty("unreadCount").GetInt32());
        Assert.Equal("Karin Mulder", Assert.Single(listed.GetProperty("with").EnumerateArray()).GetProperty("displayName").GetString());
        var sent = Assert.Single(await fixture.OutboxAsync("ConversationMessageSent", $"payload->>'conversationId' = '{id}'"));
        Assert.Equal([recipientId], sent.GetProperty("recipientIds").EnumerateArray().Select(r => r.GetGuid()));
        Assert.DoesNotContain("register eens zien", sent.GetRawText());

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/conversations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/conversations/{id}/messages", new { body = "Ik lees mee." })).StatusCode);
        Assert.DoesNotContain((await outsider.GetFromJsonAsync<JsonElement>("/api/conversations")).GetProperty("items").EnumerateArray(), c => c.Id() == id);

        var read = await recipient.GetFromJsonAsync<JsonElement>($"/api/conversations/{id}");
        Assert.Equal("Mag ik jullie register eens zien?", Assert.Single(read.GetProperty("messages").EnumerateArray()).GetProperty("body").GetString());
        Assert.Equal(0, await UnreadAsync(recipient, id));
        Assert.Equal(HttpStatusCode.Created, (await recipient.PostAsJsonAsync($"/api/conversations/{id}/messages", new { body = "Natuurlijk, ik stuur het." })).StatusCode);
        Assert.Equal(1, await UnreadAsync(sender, id));
        Assert.Equal(0, await UnreadAsync(recipient, id));
        var thread = await sender.GetFromJsonAsync<JsonElement>($"/api/conversations/{id}");
        Assert.Equal(["Mag ik jullie register eens zien?", "Natuurlijk, ik stuur het."],
            thread.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("body").GetString()!));
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM conversation_messages WHERE conversation_id = '{id}' AND author_id = '{outsiderId}'"));
    }

    [Fact]
    public async Task Only_members_in_the_directory_can_be_written_to()
    {
        var senderId = Guid.NewGuid();
        var privateId = Guid.NewGuid();
        var sender = await fixture.InDirectoryAsync(senderId, "Tom Hendriks");
        await fixture.ApproveAsync(privateId, "Lotte Kok", DateTimeOffset.UtcNow.AddDays(-30), inDirectory: false);

        using var refused = await sender.PostAsJsonAsync("/api/conversations", new { memberIds = new[] { privateId }, subject = "Vraagje", body = "Hoi!" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("memberIds", out _));
        using var unknown = await sender.PostAsJsonAsync("/api/conversations", new { memberIds = new[] { Guid.NewGuid() }, subject = "Vraagje", body = "Hoi!" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM conversation_participants WHERE member_id = '{privateId}'"));
    }

    [Theory]
    [InlineData("{}", "memberIds")]
    [InlineData("{\"memberIds\":[],\"subject\":\"Hoi\",\"body\":\"Hoi\"}", "memberIds")]
    [InlineData("{\"memberIds\":[\"00000000-0000-0000-0000-000000000000\"],\"subject\":\"Hoi\",\"body\":\"Hoi\"}", "memberIds")]
    [InlineData("{\"memberIds\":[\"0190a6f0-0000-7000-8000-000000000001\"],\"subject\":\"  \",\"body\":\"Hoi\"}", "subject")]
    [InlineData("{\"memberIds\":[\"0190a6f0-0000-7000-8000-000000000001\"],\"subject\":\"Hoi\",\"body\":\"\"}", "body")]
    public async Task Bad_input_is_refused_field_by_field(string json, string field)
    {
        using var response = await fixture.AsMember(Guid.NewGuid())
            .PostAsync("/api/conversations", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}");
    }

    [Fact]
    public async Task Writing_to_oneself_alone_is_no_conversation()
    {
        var memberId = Guid.NewGuid();
        var member = await fixture.InDirectoryAsync(memberId, "Iris de Wit");
        using var response = await member.PostAsJsonAsync("/api/conversations", new { memberIds = new[] { memberId }, subject = "Notitie", body = "Voor mezelf." });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<int> UnreadAsync(HttpClient member, Guid id) =>
        (await member.GetFromJsonAsync<JsonElement>("/api/conversations")).GetProperty("items").EnumerateArray().Single(c => c.Id() == id)
            .GetProperty("unreadCount").GetInt32();
}
