using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.EndToEnd.Tests.Account;
using Netwerk.Testing;

namespace Netwerk.EndToEnd.Tests;

/// <summary>The discussions service in the whole platform, through the gateway: it learns who is in which working group
/// from membership's events, so a group's question is seen by a colleague only once they joined the group, and found
/// by search from then on.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DiscussionsThroughGatewayTests(PlatformFixture platform)
{
    [Fact]
    public async Task A_groups_question_reaches_a_colleague_once_they_join_the_group_in_membership()
    {
        var asker = await SignedInAsync((await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.32.1"))).Email, "127.0.32.2");
        var colleague = await SignedInAsync((await NewMembers.ApprovedAsync(platform, platform.ClientFrom("127.0.32.3"))).Email, "127.0.32.4");
        var groups = await asker.GetFromJsonAsync<JsonElement>("/api/groups");
        var groupId = groups[0].GetProperty("id").GetGuid();
        Assert.True((await asker.PostAsync($"/api/groups/{groupId}/members", null)).IsSuccessStatusCode);
        var word = $"Zwanenmeer{Guid.NewGuid():N}"[..18];

        // Discussions hears of the join from membership's event; until then the group is not the asker's there.
        using var started = await Eventually.ReturnsAsync(() => asker.PostAsJsonAsync("/api/discussions", new
        {
            kind = "question", title = $"Wie kent {word} al?", body = $"Wij overwegen {word} als leerlingvolgsysteem.", groupId,
        }), r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/api/discussions/{id}")).StatusCode);

        Assert.True((await colleague.PostAsync($"/api/groups/{groupId}/members", null)).IsSuccessStatusCode);
        using var seen = await Eventually.ReturnsAsync(() => colleague.GetAsync($"/api/discussions/{id}"), r => r.StatusCode == HttpStatusCode.OK);
        var found = await colleague.GetFromJsonAsync<JsonElement>($"/api/discussions?q={word.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        Assert.Contains(found.GetProperty("items").EnumerateArray(), t => t.GetProperty("id").GetGuid() == id);
    }

    private async Task<HttpClient> SignedInAsync(string email, string address)
    {
        var client = platform.ClientFrom(address);
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "netwerk-web", ["username"] = email, ["password"] = NewMembers.Password, ["scope"] = "openid api",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
