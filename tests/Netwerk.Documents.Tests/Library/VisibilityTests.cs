using System.Net;
using Netwerk.Contracts.Groups;
using Netwerk.Testing;

namespace Netwerk.Documents.Tests.Library;

/// <summary>Each visibility against each kind of caller, on every way of reading: list, search, metadata, content.
/// What a caller may not see is a 404, exactly like what does not exist.</summary>
public sealed class VisibilityTests(DocumentsFixture fixture) : IClassFixture<DocumentsFixture>, IAsyncLifetime
{
    private readonly Guid _author = Guid.NewGuid();
    private readonly Guid _groupMember = Guid.NewGuid();
    private readonly Guid _otherMember = Guid.NewGuid();
    private readonly Guid _groupId = Guid.NewGuid();
    private readonly string _word = $"zichtbaarheid{Guid.NewGuid():N}"[..24];
    private Guid _public, _members, _group;

    public async Task InitializeAsync()
    {
        await fixture.PublishAsync(new GroupCreated(Guid.NewGuid(), DateTimeOffset.UtcNow, _groupId, "Professionalisering", ""));
        foreach (var member in new[] { _author, _groupMember })
        {
            await fixture.PublishAsync(new GroupMemberJoined(Guid.NewGuid(), DateTimeOffset.UtcNow, _groupId, member));
        }
        await Eventually.ReturnsAsync(() => fixture.CountAsync($"SELECT count(*) FROM group_members WHERE group_id = '{_groupId}'"), n => n == 2);
        var author = fixture.AsMember(_author);
        _public = (await fixture.PublishTextAsync(author, _word, DocumentsFixture.Fields(visibility: "public"))).Id();
        _members = (await fixture.PublishTextAsync(author, _word, DocumentsFixture.Fields(visibility: "members"))).Id();
        _group = (await fixture.PublishTextAsync(author, _word, DocumentsFixture.Fields(visibility: "group", groupId: _groupId.ToString()))).Id();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public Task An_anonymous_caller_sees_public_documents_only() => AssertSeesAsync(fixture.Anonymous(), visible: [_public], hidden: [_members, _group]);

    [Fact]
    public Task A_member_outside_the_group_sees_public_and_members_documents() =>
        AssertSeesAsync(fixture.AsMember(_otherMember), visible: [_public, _members], hidden: [_group]);

    [Fact]
    public Task A_member_of_the_group_sees_its_documents_too() =>
        AssertSeesAsync(fixture.AsMember(_groupMember), visible: [_public, _members, _group], hidden: []);

    [Fact]
    public Task A_moderator_sees_every_document() => AssertSeesAsync(fixture.AsModerator(), visible: [_public, _members, _group], hidden: []);

    [Fact]
    public async Task A_member_who_leaves_the_group_no_longer_sees_its_documents()
    {
        var leaving = Guid.NewGuid();
        await fixture.PublishAsync(new GroupMemberJoined(Guid.NewGuid(), DateTimeOffset.UtcNow, _groupId, leaving));
        await Eventually.ReturnsAsync(() => fixture.AsMember(leaving).IdsAsync("/api/documents?limit=100"), ids => ids.Contains(_group));

        await fixture.PublishAsync(new GroupMemberLeft(Guid.NewGuid(), DateTimeOffset.UtcNow, _groupId, leaving));

        var ids = await Eventually.ReturnsAsync(() => fixture.AsMember(leaving).IdsAsync("/api/documents?limit=100"), ids => !ids.Contains(_group));
        Assert.DoesNotContain(_group, ids);
    }

    private async Task AssertSeesAsync(HttpClient caller, Guid[] visible, Guid[] hidden)
    {
        await fixture.WaitForExtractionAsync();
        var listed = await caller.IdsAsync("/api/documents?limit=100");
        var found = await caller.IdsAsync($"/api/documents?q={_word}&limit=100");
        foreach (var id in visible)
        {
            Assert.Contains(id, listed);
            Assert.Contains(id, found);
            Assert.Equal(HttpStatusCode.OK, (await caller.GetAsync($"/api/documents/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await caller.GetAsync($"/api/documents/{id}/content")).StatusCode);
        }
        foreach (var id in hidden)
        {
            Assert.DoesNotContain(id, listed);
            Assert.DoesNotContain(id, found);
            var metadata = await caller.GetAsync($"/api/documents/{id}");
            Assert.Equal(HttpStatusCode.NotFound, metadata.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"/api/documents/{id}/content")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await caller.GetAsync($"/api/documents/{id}/versions/1/content")).StatusCode);
            // Indistinguishable from a document that does not exist.
            var missing = await caller.GetAsync($"/api/documents/{Guid.NewGuid()}");
            Assert.Equal(missing.Content.Headers.ContentType?.MediaType, metadata.Content.Headers.ContentType?.MediaType);
            Assert.Equal((await missing.JsonAsync()).GetProperty("title").GetString(), (await metadata.JsonAsync()).GetProperty("title").GetString());
        }
    }
}
