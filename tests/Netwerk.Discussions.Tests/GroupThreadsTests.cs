using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Contracts.Groups;
using Netwerk.Testing;

namespace Netwerk.Discussions.Tests;

/// <summary>A working group's thread is for its members and moderators: invisible to anyone else in the list, in
/// search, by its address, and to reply or vote on; a member who joins sees it, one who leaves no longer does.</summary>
public sealed class GroupThreadsTests(DiscussionsFixture fixture) : IClassFixture<DiscussionsFixture>
{
    [Fact]
    public async Task A_group_thread_is_seen_only_by_the_groups_members_and_moderators()
    {
        var insiderId = Guid.NewGuid();
        var outsiderId = Guid.NewGuid();
        var groupId = await fixture.GroupAsync(insiderId);
        var insider = fixture.AsMember(insiderId);
        var outsider = fixture.AsMember(outsiderId);
        var secret = $"Behoeftepeiling besturen {Guid.NewGuid():N}";
        var thread = await DiscussionsFixture.StartAsync(insider, "discussion", secret, "Alleen voor de werkgroep: Zwanenmeer.", groupId);
        var id = thread.Id();

        Assert.DoesNotContain(secret, await DiscussionsFixture.TitlesAsync(outsider, "?limit=100"));
        Assert.DoesNotContain(secret, await DiscussionsFixture.TitlesAsync(outsider, "?q=Zwanenmeer"));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/discussions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/discussions/{id}/replies", new { body = "Ik ook!" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PutAsync($"/api/discussions/{id}/vote", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsJsonAsync("/api/discussions",
            new { kind = "question", title = "Mag ik hier ook iets vragen?", body = "Graag.", groupId })).StatusCode);
        Assert.Contains(secret, await DiscussionsFixture.TitlesAsync(insider, "?q=Zwanenmeer"));
        Assert.Contains(secret, await DiscussionsFixture.TitlesAsync(fixture.AsModerator(), $"?groupId={groupId}"));

        await fixture.PublishAsync(new GroupMemberJoined(Guid.NewGuid(), DateTimeOffset.UtcNow, groupId, outsiderId));
        var joined = await Eventually.ReturnsAsync(() => outsider.GetAsync($"/api/discussions/{id}"), r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);

        await fixture.PublishAsync(new GroupMemberLeft(Guid.NewGuid(), DateTimeOffset.UtcNow, groupId, insiderId));
        var left = await Eventually.ReturnsAsync(() => insider.GetAsync($"/api/discussions/{id}"), r => r.StatusCode == HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, left.StatusCode);
    }
}
