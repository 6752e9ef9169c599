using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Discussions.Tests;

/// <summary>The needs summary for members and partners: counts by theme, sector and status, each need with its votes
/// and note, no names or ids, every count below three as "&lt;3", a group's needs left out.</summary>
public sealed class NeedsSummaryTests(DiscussionsFixture fixture) : IClassFixture<DiscussionsFixture>
{
    [Fact]
    public async Task The_summary_names_nobody_and_hides_small_counts()
    {
        var authorId = Guid.NewGuid();
        var author = await fixture.InDirectoryAsync(authorId, "Sven Mertens", sector: "vo");
        var wanted = (await DiscussionsFixture.StartAsync(author, "need", "Een model verwerkersovereenkomst voor het vo", "Elke school schrijft er een.",
            theme: "security")).Id();
        var lonely = (await DiscussionsFixture.StartAsync(author, "need", "Een training phishing voor docenten", "Voor het hele team.",
            theme: "security")).Id();
        var voters = Enumerable.Range(0, 4).Select(_ => Guid.NewGuid()).ToList();
        foreach (var voter in voters) Assert.Equal(HttpStatusCode.NoContent, (await fixture.AsMember(voter).PutAsync($"/api/discussions/{wanted}/vote", null)).StatusCode);
        await fixture.AsMember(voters[0]).PutAsync($"/api/discussions/{lonely}/vote", null);
        Assert.Equal(HttpStatusCode.NoContent, (await fixture.AsModerator().PostAsJsonAsync($"/api/discussions/{wanted}/status",
            new { status = "planned", note = "De werkgroep maakt er een in het voorjaar." })).StatusCode);
        var groupId = await fixture.GroupAsync(authorId);
        await DiscussionsFixture.StartAsync(author, "need", "Een geheim wensje van de werkgroep", "Alleen voor ons.", groupId, theme: "security");

        foreach (var reader in new[] { fixture.AsMember(Guid.NewGuid()), fixture.WithToken(fixture.Tokens.Partner("partner-kennisnet")) })
        {
            using var response = await reader.GetAsync("/api/discussions/needs/summary");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var summary = await response.JsonAsync();
            var text = summary.GetRawText();
            Assert.DoesNotContain(authorId.ToString(), text);
            Assert.DoesNotContain("Sven Mertens", text);
            Assert.DoesNotContain(wanted.ToString(), text);
            Assert.DoesNotContain("geheim wensje", text);
            var needs = summary.GetProperty("needs").EnumerateArray().ToList();
            var planned = needs.Single(n => n.GetProperty("title").GetString() == "Een model verwerkersovereenkomst voor het vo");
            Assert.Equal((4, "vo", "planned", "De werkgroep maakt er een in het voorjaar."), (planned.GetProperty("votes").GetInt32(),
                planned.GetProperty("sector").GetString(), planned.GetProperty("status").GetString(), planned.GetProperty("statusNote").GetString()));
            var small = needs.Single(n => n.GetProperty("title").GetString() == "Een training phishing voor docenten");
            Assert.Equal("<3", small.GetProperty("votes").GetString());
            var counted = summary.GetProperty("counts").EnumerateArray()
                .Single(c => c.GetProperty("theme").GetString() == "security" && c.GetProperty("status").GetString() == "planned");
            Assert.Equal("<3", counted.GetProperty("needs").GetString());
            Assert.Equal(4, counted.GetProperty("votes").GetInt32());
            // No number below three anywhere: every small count reads "<3".
            Assert.DoesNotContain(Numbers(summary), n => n < 3);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Anonymous().GetAsync("/api/discussions/needs/summary")).StatusCode);
    }

    private static IEnumerable<int> Numbers(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => [element.GetInt32()],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Numbers(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Numbers),
        _ => [],
    };
}
