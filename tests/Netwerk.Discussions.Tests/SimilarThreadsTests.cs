using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Discussions.Tests;

/// <summary>While a member types a title, threads like it are offered: by Dutch stem, jargon, accent-free and compound
/// part, only those the member may see, from three letters on.</summary>
public sealed class SimilarThreadsTests(DiscussionsFixture fixture) : IClassFixture<DiscussionsFixture>
{
    [Theory]
    [InlineData("Welk leerlingvolgsysteem past bij een kleine school?", "Ervaringen met volgsysteem gezocht")]
    [InlineData("Koppeling ParnasSys met Microsoft Teams", "Hoe koppel je ParnasSys?")]
    [InlineData("Taken van de ICT-coördinator op een vo-school", "Wat doet een coordinator bij jullie")]
    [InlineData("Bewaartermijnen van leerlingdossiers", "Hoe lang bewaren jullie het leerlingdossier?")]
    public async Task A_title_being_typed_finds_the_thread_that_asks_the_same(string existing, string typed)
    {
        var member = fixture.AsMember(Guid.NewGuid());
        var marker = Guid.NewGuid().ToString("N")[..8];
        var thread = (await DiscussionsFixture.StartAsync(member, "question", existing, $"Vraag {marker}.")).Id();

        var similar = await Similar(fixture.AsMember(Guid.NewGuid()), typed);

        Assert.Contains(thread, similar);
        Assert.True(similar.Count <= 5);
    }

    [Fact]
    public async Task A_group_thread_is_offered_only_to_the_groups_members()
    {
        var insiderId = Guid.NewGuid();
        var groupId = await fixture.GroupAsync(insiderId);
        var thread = (await DiscussionsFixture.StartAsync(fixture.AsMember(insiderId), "need", "Een gedeelde functionaris gegevensbescherming",
            "Voor de besturen in de regio.", groupId)).Id();

        Assert.DoesNotContain(thread, await Similar(fixture.AsMember(Guid.NewGuid()), "functionaris gegevensbescherming delen"));
        Assert.Contains(thread, await Similar(fixture.AsMember(insiderId), "functionaris gegevensbescherming delen"));
    }

    [Fact]
    public async Task Fewer_than_three_letters_offer_nothing_and_operators_typed_break_nothing()
    {
        var member = fixture.AsMember(Guid.NewGuid());

        Assert.Empty(await Similar(member, "ab"));
        using var odd = await member.GetAsync($"/api/discussions/similar?title={Uri.EscapeDataString("a & | ! ( ) <-> :* ' \"")}");
        Assert.Equal(HttpStatusCode.OK, odd.StatusCode);
        using var tooLong = await member.GetAsync($"/api/discussions/similar?title={new string('a', 201)}");
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    private static async Task<List<Guid>> Similar(HttpClient member, string title) =>
        [.. (await member.GetFromJsonAsync<JsonElement>($"/api/discussions/similar?title={Uri.EscapeDataString(title)}")).EnumerateArray().Select(t => t.Id())];
}
