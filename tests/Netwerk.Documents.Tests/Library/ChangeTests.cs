using System.Net;
using System.Text;
using System.Text.Json;

namespace Netwerk.Documents.Tests.Library;

/// <summary>Versions, edits and deletion: by the author or a moderator, announced as integration events.</summary>
public sealed class ChangeTests(DocumentsFixture fixture) : IClassFixture<DocumentsFixture>
{
    [Fact]
    public async Task New_versions_keep_the_history_and_every_version_stays_downloadable()
    {
        var author = Guid.NewGuid();
        var id = (await fixture.PublishTextAsync(fixture.AsMember(author), "Versie een.")).Id();

        var added = await DocumentsFixture.UploadAsync(fixture.AsMember(author), "Versie twee."u8.ToArray(), "notitie-v2.md", "text/markdown",
            [("note", "Paragraaf over bewaartermijnen toegevoegd")], $"/api/documents/{id}/versions");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var metadata = await (await fixture.Anonymous().GetAsync($"/api/documents/{id}")).JsonAsync();
        Assert.Equal(2, metadata.GetProperty("version").GetInt32());
        var versions = metadata.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([1, 2], versions.Select(v => v.GetProperty("number").GetInt32()));
        Assert.Equal("Paragraaf over bewaartermijnen toegevoegd", versions[1].GetProperty("note").GetString());
        Assert.Equal("Versie een.", await fixture.Anonymous().GetStringAsync($"/api/documents/{id}/versions/1/content"));
        Assert.Equal("Versie twee.", await fixture.Anonymous().GetStringAsync($"/api/documents/{id}/content"));
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%DocumentVersionAdded%' AND payload->'document'->>'id' = '{id}'"));
    }

    [Fact]
    public async Task Only_the_author_or_a_moderator_adds_versions_edits_or_deletes()
    {
        var id = (await fixture.PublishTextAsync(fixture.AsMember(Guid.NewGuid()), "tekst")).Id();
        var stranger = fixture.AsMember(Guid.NewGuid());

        Assert.Equal(HttpStatusCode.Forbidden, (await DocumentsFixture.UploadAsync(stranger, "x"u8.ToArray(), "x.txt", "text/plain", [],
            $"/api/documents/{id}/versions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PatchAsync($"/api/documents/{id}", Json(new { title = "Overgenomen" }))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.DeleteAsync($"/api/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fixture.AsModerator().PatchAsync($"/api/documents/{id}", Json(new { title = "Door de moderator" }))).StatusCode);
    }

    [Fact]
    public async Task An_edit_with_a_stale_etag_is_refused()
    {
        var author = fixture.AsMember(Guid.NewGuid());
        var id = (await fixture.PublishTextAsync(author, "tekst")).Id();
        var etag = (await fixture.Anonymous().GetAsync($"/api/documents/{id}")).Headers.ETag!.Tag;
        await Patch(author, id, new { tags = new[] { "beleid" } }, etag);

        var stale = await Patch(author, id, new { title = "Te laat" }, etag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        var current = await (await fixture.Anonymous().GetAsync($"/api/documents/{id}")).JsonAsync();
        Assert.Equal(["beleid"], current.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.NotEqual("Te laat", current.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_deleted_document_leaves_lists_and_search_at_once()
    {
        var author = fixture.AsMember(Guid.NewGuid());
        var word = $"verdwijnwoord{Guid.NewGuid():N}"[..22];
        var id = (await fixture.PublishTextAsync(author, word, DocumentsFixture.Fields(title: $"Over {word}"))).Id();
        Assert.Contains(id, await fixture.Anonymous().IdsAsync($"/api/documents?q={word}"));

        Assert.Equal(HttpStatusCode.NoContent, (await author.DeleteAsync($"/api/documents/{id}")).StatusCode);

        Assert.DoesNotContain(id, await fixture.Anonymous().IdsAsync($"/api/documents?q={word}"));
        Assert.DoesNotContain(id, await fixture.Anonymous().IdsAsync("/api/documents?limit=100"));
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Anonymous().GetAsync($"/api/documents/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Anonymous().GetAsync($"/api/documents/{id}/content")).StatusCode);
        Assert.Equal(1, await fixture.CountAsync($"SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%DocumentDeleted%' AND payload->'document'->>'id' = '{id}'"));
    }

    [Fact]
    public async Task Making_a_document_private_hides_it_from_anonymous_readers()
    {
        var author = fixture.AsMember(Guid.NewGuid());
        var id = (await fixture.PublishTextAsync(author, "tekst")).Id();

        var changed = await Patch(author, id, new { visibility = "members" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Anonymous().GetAsync($"/api/documents/{id}")).StatusCode);
        Assert.Equal(1, await fixture.CountAsync(
            $"SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%DocumentUpdated%' AND payload->>'previousVisibility' = 'public' AND payload->'document'->>'id' = '{id}'"));
    }

    [Theory]
    [InlineData("""{"title": "a", "title": "b"}""")]
    [InlineData("""{"title": "a\ud800b"}""")]
    public async Task A_patch_that_is_not_well_formed_text_is_a_400_and_changes_nothing(string patch)
    {
        var author = Guid.NewGuid();
        var id = (await fixture.PublishTextAsync(fixture.AsMember(author), "Tekst.")).Id();

        var response = await fixture.AsMember(author).PatchAsync($"/api/documents/{id}", new StringContent(patch, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Afspraken over informatiebeveiliging", (await (await fixture.Anonymous().GetAsync($"/api/documents/{id}")).JsonAsync())
            .GetProperty("title").GetString());
    }

    private static Task<HttpResponseMessage> Patch(HttpClient client, Guid id, object body, string? etag = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/documents/{id}") { Content = Json(body) };
        if (etag is not null) request.Headers.IfMatch.ParseAdd(etag);
        return client.SendAsync(request);
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
