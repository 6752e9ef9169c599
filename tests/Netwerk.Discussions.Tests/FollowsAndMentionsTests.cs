using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Discussions.Tests;

/// <summary>Who is told of what: a thread's author and repliers follow it, a follower is told once per reply (not as
/// follower and again as mentioned), a mention tells only members who may see the thread, an accepted answer tells the
/// answerer.</summary>
public sealed class FollowsAndMentionsTests(DiscussionsFixture fixture) : IClassFixture<DiscussionsFixture>
{
    [Fact]
    public async Task Each_follower_is_told_once_per_reply_and_never_of_their_own()
    {
        var askerId = Guid.NewGuid();
        var firstId = Guid.NewGuid();
        var secondId = Guid.NewGuid();
        var readerId = Guid.NewGuid();
        await fixture.ApproveAsync(secondId, "Sanne de Vries", DateTimeOffset.UtcNow.AddDays(-30));
        var asker = fixture.AsMember(askerId);
        var id = (await DiscussionsFixture.StartAsync(asker, "question", "Wie heeft een goed privacyreglement?", "Voor het po.")).Id();
        await fixture.AsMember(readerId).PutAsync($"/api/discussions/{id}/follow", null);

        var firstReply = await DiscussionsFixture.ReplyAsync(fixture.AsMember(firstId), id, "Wij gebruiken het model van de PO-Raad.");
        var secondReply = await DiscussionsFixture.ReplyAsync(fixture.AsMember(firstId), id, $"En @{secondId} weet er meer van.");

        var first = Assert.Single(await fixture.OutboxAsync("ReplyPosted", $"payload->>'replyId' = '{firstReply}'"));
        Assert.Equal(new[] { askerId, readerId }.Order(), first.GetProperty("followerIds").EnumerateArray().Select(f => f.GetGuid()).Order());
        var second = Assert.Single(await fixture.OutboxAsync("ReplyPosted", $"payload->>'replyId' = '{secondReply}'"));
        Assert.DoesNotContain(firstId, second.GetProperty("followerIds").EnumerateArray().Select(f => f.GetGuid()));
        var mention = Assert.Single(await fixture.OutboxAsync("MemberMentioned", $"payload->>'replyId' = '{secondReply}'"));
        Assert.Equal([secondId], mention.GetProperty("mentionedIds").EnumerateArray().Select(m => m.GetGuid()));
        var thread = await asker.GetFromJsonAsync<JsonElement>($"/api/discussions/{id}");
        var shown = thread.GetProperty("replies").EnumerateArray().Single(r => r.Id() == secondReply).GetProperty("bodyHtml").GetString()!;
        Assert.Contains($"href=\"/leden/{secondId}\"", shown);
        Assert.Contains("@Sanne de Vries", shown);

        // The mentioned member now replies herself: she follows from then on, and is told of the next reply once.
        await DiscussionsFixture.ReplyAsync(fixture.AsMember(secondId), id, "Klopt, ik stuur het je.");
        var thirdReply = await DiscussionsFixture.ReplyAsync(asker, id, $"Dank @{secondId}!");
        var third = Assert.Single(await fixture.OutboxAsync("ReplyPosted", $"payload->>'replyId' = '{thirdReply}'"));
        Assert.DoesNotContain(secondId, third.GetProperty("followerIds").EnumerateArray().Select(f => f.GetGuid()));
        Assert.Single(await fixture.OutboxAsync("MemberMentioned", $"payload->>'replyId' = '{thirdReply}'"));

        Assert.Equal(HttpStatusCode.NoContent, (await fixture.AsMember(readerId).DeleteAsync($"/api/discussions/{id}/follow")).StatusCode);
        var fourthReply = await DiscussionsFixture.ReplyAsync(fixture.AsMember(firstId), id, "Graag gedaan.");
        var fourth = Assert.Single(await fixture.OutboxAsync("ReplyPosted", $"payload->>'replyId' = '{fourthReply}'"));
        Assert.DoesNotContain(readerId, fourth.GetProperty("followerIds").EnumerateArray().Select(f => f.GetGuid()));
    }

    [Fact]
    public async Task A_mention_in_a_group_thread_tells_only_the_groups_members()
    {
        var insiderId = Guid.NewGuid();
        var mentionedInsiderId = Guid.NewGuid();
        var outsiderId = Guid.NewGuid();
        await fixture.ApproveAsync(mentionedInsiderId, "Ahmed Yilmaz", DateTimeOffset.UtcNow.AddDays(-30));
        await fixture.ApproveAsync(outsiderId, "Eva Smit", DateTimeOffset.UtcNow.AddDays(-30));
        var groupId = await fixture.GroupAsync(insiderId, mentionedInsiderId);

        var id = (await DiscussionsFixture.StartAsync(fixture.AsMember(insiderId), "discussion", "Agenda voor de werkgroep",
            $"@{mentionedInsiderId} en @{outsiderId}, wat zetten we erop?", groupId)).Id();

        var mention = Assert.Single(await fixture.OutboxAsync("MemberMentioned", $"payload->'thread'->>'id' = '{id}'"));
        Assert.Equal([mentionedInsiderId], mention.GetProperty("mentionedIds").EnumerateArray().Select(m => m.GetGuid()));
    }

    [Fact]
    public async Task An_accepted_answer_tells_the_answerer_and_the_followers_once()
    {
        var askerId = Guid.NewGuid();
        var answererId = Guid.NewGuid();
        var asker = fixture.AsMember(askerId);
        var id = (await DiscussionsFixture.StartAsync(asker, "question", "Hoe zet ik SSO op voor Magister?", "Met Entra ID.")).Id();
        var replyId = await DiscussionsFixture.ReplyAsync(fixture.AsMember(answererId), id, "Via de koppeling in het beheerportaal.");

        await asker.PostAsync($"/api/discussions/{id}/replies/{replyId}/accept", null);
        await asker.PostAsync($"/api/discussions/{id}/replies/{replyId}/accept", null);

        var accepted = Assert.Single(await fixture.OutboxAsync("AnswerAccepted", $"payload->>'replyId' = '{replyId}'"));
        Assert.Equal([answererId], accepted.GetProperty("followerIds").EnumerateArray().Select(f => f.GetGuid()));
        Assert.Equal(answererId, accepted.GetProperty("answererId").GetGuid());
    }
}
