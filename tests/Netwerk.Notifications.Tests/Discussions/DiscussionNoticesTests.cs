using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Contracts.Discussions;
using Netwerk.Testing;

namespace Netwerk.Notifications.Tests.Discussions;

/// <summary>What the discussions' events tell members: a follower is told once of a reply however often the event is
/// delivered, a mentioned member is told they were named, a need's voters hear its new step with its note, moderators
/// hear of a report.</summary>
public sealed class DiscussionNoticesTests(NotificationsFixture fixture) : IClassFixture<NotificationsFixture>
{
    [Fact]
    public async Task A_follower_is_told_once_of_a_reply_delivered_twice_and_a_mentioned_member_is_told_they_were_named()
    {
        var follower = Guid.NewGuid();
        var mentioned = Guid.NewGuid();
        var thread = Thread("question", "Wie heeft een model voor een verwerkingsregister?");
        var reply = new ReplyPosted(Guid.NewGuid(), DateTimeOffset.UtcNow, thread, Guid.NewGuid(), Guid.NewGuid(), "Joost Mulder", [follower]);

        await fixture.PublishAsync(reply);
        await fixture.PublishAsync(reply);
        await fixture.PublishAsync(new MemberMentioned(Guid.NewGuid(), DateTimeOffset.UtcNow, thread, reply.ReplyId, "Joost Mulder", [mentioned]));

        await Eventually.ReturnsAsync(() => InboxAsync(fixture.AsMember(follower)), items => items.Count > 0);
        var told = await Eventually.ReturnsAsync(() => InboxAsync(fixture.AsMember(mentioned)), items => items.Count == 1);
        Assert.Equal("Joost Mulder noemde je", told[0].GetProperty("title").GetString());
        Assert.Equal($"/vragen/{thread.Id}#reactie-{reply.ReplyId}", told[0].GetProperty("link").GetString());
        var followed = await InboxAsync(fixture.AsMember(follower));
        Assert.Equal("Nieuwe reactie op \"Wie heeft een model voor een verwerkingsregister?\"", Assert.Single(followed).GetProperty("title").GetString());
        Assert.Equal("discussions", followed[0].GetProperty("category").GetString());
        Assert.Equal($"/vragen/{thread.Id}#reactie-{reply.ReplyId}", followed[0].GetProperty("link").GetString());
    }

    [Fact]
    public async Task A_needs_voters_hear_its_new_step_with_the_note_and_the_answerer_hears_the_answer_was_accepted()
    {
        var voter = Guid.NewGuid();
        var answerer = Guid.NewGuid();
        var need = Thread("need", "Een gezamenlijke verwerkersovereenkomst");

        await fixture.PublishAsync(new NeedStatusChanged(Guid.NewGuid(), DateTimeOffset.UtcNow, need, "planned", "De werkgroep pakt het in maart op.", 12, [voter]));
        await fixture.PublishAsync(new AnswerAccepted(Guid.NewGuid(), DateTimeOffset.UtcNow, Thread("question", "Hoe werkt SSO?"), Guid.NewGuid(), answerer, [answerer]));

        var step = Assert.Single(await Eventually.ReturnsAsync(() => InboxAsync(fixture.AsMember(voter)), items => items.Count == 1));
        Assert.Equal("Behoefte \"Een gezamenlijke verwerkersovereenkomst\": gepland", step.GetProperty("title").GetString());
        Assert.Contains("De werkgroep pakt het in maart op.", step.GetProperty("body").GetString());
        var accepted = Assert.Single(await Eventually.ReturnsAsync(() => InboxAsync(fixture.AsMember(answerer)), items => items.Count == 1));
        Assert.Equal("Je antwoord is geaccepteerd", accepted.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_conversations_other_participants_are_told_of_a_message_under_messages_without_its_text()
    {
        var recipient = Guid.NewGuid();
        var sender = Guid.NewGuid();
        var conversation = Guid.NewGuid();
        await fixture.PublishAsync(new ConversationMessageSent(Guid.NewGuid(), DateTimeOffset.UtcNow, conversation, Guid.NewGuid(), "Jullie AVG-register",
            sender, "Karin Mulder", [recipient], $"/berichten/{conversation}"));

        var told = Assert.Single(await Eventually.ReturnsAsync(() => InboxAsync(fixture.AsMember(recipient)), items => items.Count == 1));
        Assert.Equal(("Nieuw bericht van Karin Mulder", "messages", $"/berichten/{conversation}"),
            (told.GetProperty("title").GetString(), told.GetProperty("category").GetString(), told.GetProperty("link").GetString()));
        Assert.Empty(await InboxAsync(fixture.AsMember(sender)));
    }

    private static ThreadDetails Thread(string kind, string title)
    {
        var id = Guid.NewGuid();
        return new ThreadDetails(id, kind, title, [], null, null, Guid.NewGuid(), kind == "need" ? "new" : null, 0, $"/vragen/{id}");
    }

    private static async Task<List<JsonElement>> InboxAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/notifications?limit=100")).GetProperty("items").EnumerateArray().ToList();
}
