using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Discussions.Tests;

/// <summary>Who can help: members whose answers on similar questions were accepted or marked helpful, and those who work
/// on the question's theme; only those in the directory, never the asker, and nothing of a group to an outsider.</summary>
public sealed class HelpersTests(DiscussionsFixture fixture) : IClassFixture<DiscussionsFixture>
{
    [Fact]
    public async Task Those_who_answered_similar_questions_come_first_and_only_with_directory_consent()
    {
        var word = $"Kwadrant{Guid.NewGuid():N}"[..14];
        var earlierAsker = await fixture.InDirectoryAsync(Guid.NewGuid(), "Hanna Kuipers");
        var expertId = Guid.NewGuid();
        var expert = await fixture.InDirectoryAsync(expertId, "Bas Verhoeven");
        var privateExpertId = Guid.NewGuid();
        await fixture.ApproveAsync(privateExpertId, "Noor Willems", DateTimeOffset.UtcNow.AddDays(-30), inDirectory: false);
        var themeWorkerId = Guid.NewGuid();
        var themeWorker = await fixture.InDirectoryAsync(themeWorkerId, "Luuk Dekker");
        var askerId = Guid.NewGuid();
        var asker = await fixture.InDirectoryAsync(askerId, "Mila Jacobs");

        var earlier = (await DiscussionsFixture.StartAsync(earlierAsker, "question", $"Wie werkt met {word} als leerlingvolgsysteem?", "Graag ervaringen.")).Id();
        var accepted = await DiscussionsFixture.ReplyAsync(expert, earlier, $"Wij gebruiken {word} al drie jaar.");
        var helpful = await DiscussionsFixture.ReplyAsync(fixture.AsMember(privateExpertId, "Noor Willems"), earlier, "Let op de koppeling met het LAS.");
        Assert.Equal(HttpStatusCode.NoContent, (await earlierAsker.PostAsync($"/api/discussions/{earlier}/replies/{accepted}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await earlierAsker.PutAsync($"/api/discussions/{earlier}/replies/{helpful}/helpful", null)).StatusCode);
        await DiscussionsFixture.StartAsync(themeWorker, "discussion", "Onze aanpak van datagedreven werken", "Zo doen wij het.", theme: "data");
        await DiscussionsFixture.StartAsync(asker, "discussion", "Dashboards voor de directie", "Wat tonen jullie?", theme: "data");

        var question = (await DiscussionsFixture.StartAsync(asker, "question", $"Ervaringen met {word}?", "We overwegen over te stappen.", theme: "data")).Id();
        var helpers = await fixture.AsMember(Guid.NewGuid()).GetFromJsonAsync<JsonElement>($"/api/discussions/{question}/helpers");

        var named = helpers.EnumerateArray().Select(h => h.GetProperty("memberId").GetGuid()).ToList();
        Assert.Equal([expertId, themeWorkerId], named);
        Assert.Equal(1, helpers[0].GetProperty("answers").GetInt32());
        Assert.True(helpers[1].GetProperty("sharesTheme").GetBoolean());
        Assert.DoesNotContain(privateExpertId, named);
        Assert.DoesNotContain(askerId, named);
        Assert.DoesNotContain("Noor Willems", helpers.GetRawText());
    }

    [Fact]
    public async Task A_group_question_has_no_helpers_for_an_outsider()
    {
        var insiderId = Guid.NewGuid();
        var groupId = await fixture.GroupAsync(insiderId);
        var question = (await DiscussionsFixture.StartAsync(fixture.AsMember(insiderId), "question", "Hoe maken wij ons jaarplan?", "Voor de werkgroep.",
            groupId)).Id();
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.AsMember(Guid.NewGuid()).GetAsync($"/api/discussions/{question}/helpers")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.AsMember(insiderId).GetAsync($"/api/discussions/{question}/helpers")).StatusCode);
    }
}
