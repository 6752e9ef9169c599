using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Testing;

namespace Netwerk.Discussions.Tests;

/// <summary>Search finds what Dutch colleagues type: stems (coördinatoren for coordinator, accents ignored), product
/// names and abbreviations whole (ParnasSys, LVS), parts of compounds (volgsysteem in leerlingvolgsysteem), in titles,
/// bodies and replies, with the found words marked.</summary>
public sealed class SearchTests(DiscussionsFixture fixture) : IClassFixture<DiscussionsFixture>
{
    [Theory]
    [InlineData("coordinator", "ICT-coördinatoren")]
    [InlineData("ParnasSys", "ParnasSys")]
    [InlineData("lvs", "LVS")]
    [InlineData("volgsysteem", "leerlingvolgsysteem")]
    [InlineData("privacyverklaring", "privacyverklaring")]
    public async Task A_word_as_a_colleague_types_it_finds_the_thread(string typed, string written)
    {
        var member = fixture.AsMember(Guid.NewGuid());
        var marker = Guid.NewGuid().ToString("N")[..8];
        var title = $"Vraag {marker} over {written}";
        var thread = await DiscussionsFixture.StartAsync(member, "question", title, $"Wie heeft ervaring met {written} bij ons bestuur?");
        var unrelated = await DiscussionsFixture.StartAsync(member, "discussion", $"Over iets anders {marker}", "Het weer in Utrecht.");

        var found = await member.GetFromJsonAsync<JsonElement>($"/api/discussions?q={Uri.EscapeDataString(typed)}&limit=100");

        var items = found.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, t => t.GetProperty("id").GetGuid() == thread.GetProperty("id").GetGuid());
        Assert.DoesNotContain(items, t => t.GetProperty("id").GetGuid() == unrelated.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_part_of_a_compound_in_a_reply_finds_the_thread()
    {
        var member = fixture.AsMember(Guid.NewGuid());
        var marker = Guid.NewGuid().ToString("N")[..8];
        var thread = await DiscussionsFixture.StartAsync(member, "question", $"Wat gebruiken jullie {marker}?", "Wij zoeken iets nieuws voor de onderbouw.");
        await DiscussionsFixture.ReplyAsync(member, thread.Id(), "Bij ons is het kleutervolgsysteem nog nieuw.");

        var found = await member.GetFromJsonAsync<JsonElement>("/api/discussions?q=volgsysteem&limit=100");

        Assert.Contains(found.GetProperty("items").EnumerateArray(), t => t.Id() == thread.Id());
    }

    [Fact]
    public async Task A_reply_is_searched_too_and_the_snippet_marks_the_found_word()
    {
        var member = fixture.AsMember(Guid.NewGuid());
        var thread = await DiscussionsFixture.StartAsync(member, "question", "Welk rooster gebruiken jullie?", "We zoeken een nieuw roosterpakket voor het vo.");
        await member.PostAsJsonAsync($"/api/discussions/{thread.GetProperty("id").GetGuid()}/replies", new { body = "Wij werken met Zermelo, erg tevreden." });

        var byReply = await member.GetFromJsonAsync<JsonElement>("/api/discussions?q=zermelo");
        var byBody = await member.GetFromJsonAsync<JsonElement>("/api/discussions?q=roosterpakket");

        Assert.Contains(byReply.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetGuid() == thread.GetProperty("id").GetGuid());
        var hit = byBody.GetProperty("items").EnumerateArray().First(t => t.GetProperty("id").GetGuid() == thread.GetProperty("id").GetGuid());
        Assert.Contains("<mark>roosterpakket</mark>", hit.GetProperty("snippet").GetString());
        Assert.True(hit.GetProperty("rank").GetDouble() > 0);
    }
}
