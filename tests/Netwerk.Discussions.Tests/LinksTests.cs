using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Netwerk.Contracts.Documents;
using Netwerk.Contracts.Events;
using Netwerk.Testing;

namespace Netwerk.Discussions.Tests;

/// <summary>A thread about documents and events shows them with the titles this service keeps from their services'
/// events — the newest event wins whatever the order of arrival — and only as far as the reader may see them.</summary>
public sealed class LinksTests(DiscussionsFixture fixture) : IClassFixture<DiscussionsFixture>
{
    [Fact]
    public async Task A_thread_shows_the_newest_titles_of_its_document_and_event_and_is_listed_under_each()
    {
        var author = fixture.AsMember(Guid.NewGuid());
        var start = DateTimeOffset.UtcNow.AddMinutes(-10);
        var document = await DocumentAsync(start, "Privacyreglement 2026");
        var networkEvent = await EventAsync(start, "Regiobijeenkomst Utrecht");

        var created = await StartAsync(author, [document.Id], [networkEvent.Id]);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).Id();

        var newer = new DocumentUpdated(Guid.NewGuid(), start.AddMinutes(5), document with { Title = "Privacyreglement 2027" }, "members");
        // Sent earlier, arriving later: it must not bring the old title back.
        var older = new DocumentUpdated(Guid.NewGuid(), start.AddMinutes(2), document with { Title = "Privacyreglement (concept)" }, "members");
        var cancelled = new EventCancelled(Guid.NewGuid(), start.AddMinutes(5), networkEvent, []);
        await fixture.PublishAsync(newer);
        await fixture.PublishAsync(older);
        await fixture.PublishAsync(cancelled);
        await Eventually.ReturnsAsync(() => fixture.CountAsync(
            $"SELECT count(*) FROM inbox_messages WHERE event_id IN ('{newer.EventId}', '{older.EventId}', '{cancelled.EventId}')"), count => count == 3);
        var view = await Eventually.ReturnsAsync(() => author.GetFromJsonAsync<JsonElement>($"/api/discussions/{id}"),
            v => v.GetProperty("events")[0].GetProperty("cancelled").GetBoolean()
                && v.GetProperty("documents")[0].GetProperty("title").GetString() == "Privacyreglement 2027");
        Assert.Equal("Regiobijeenkomst Utrecht", view.GetProperty("events")[0].GetProperty("title").GetString());
        Assert.Equal("Privacyreglement 2027", view.GetProperty("documents")[0].GetProperty("title").GetString());

        var aboutDocument = await author.GetFromJsonAsync<JsonElement>($"/api/discussions?documentId={document.Id}");
        Assert.Equal([id], aboutDocument.GetProperty("items").EnumerateArray().Select(t => t.Id()));
        var aboutEvent = await author.GetFromJsonAsync<JsonElement>($"/api/discussions?eventId={networkEvent.Id}");
        Assert.Equal([id], aboutEvent.GetProperty("items").EnumerateArray().Select(t => t.Id()));

        await fixture.PublishAsync(new DocumentDeleted(Guid.NewGuid(), start.AddMinutes(6), document));
        var deleted = await Eventually.ReturnsAsync(() => author.GetFromJsonAsync<JsonElement>($"/api/discussions/{id}"),
            v => v.GetProperty("documents").GetArrayLength() == 0);
        Assert.Equal(0, deleted.GetProperty("documents").GetArrayLength());
        Assert.Equal(1, deleted.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task A_group_document_is_linked_and_shown_only_within_its_group_and_unknown_ids_are_refused_by_field()
    {
        var insiderId = Guid.NewGuid();
        var insider = fixture.AsMember(insiderId);
        var outsider = fixture.AsMember(Guid.NewGuid());
        var groupId = await fixture.GroupAsync(insiderId);
        var groupDocument = await DocumentAsync(DateTimeOffset.UtcNow, "Notulen werkgroep", visibility: "group", groupId: groupId);

        using var refused = await StartAsync(outsider, [groupDocument.Id], []);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("documentIds", out _));
        using var unknownEvent = await StartAsync(outsider, [], [Guid.NewGuid()]);
        Assert.Equal(HttpStatusCode.BadRequest, unknownEvent.StatusCode);
        Assert.True((await unknownEvent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("eventIds", out _));
        using var tooMany = await StartAsync(insider, [.. Enumerable.Range(0, 6).Select(_ => Guid.NewGuid())], []);
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);

        using var allowed = await StartAsync(insider, [groupDocument.Id], []);
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        var id = (await allowed.Content.ReadFromJsonAsync<JsonElement>()).Id();
        var seenInside = await insider.GetFromJsonAsync<JsonElement>($"/api/discussions/{id}");
        Assert.Equal("Notulen werkgroep", seenInside.GetProperty("documents")[0].GetProperty("title").GetString());
        // The thread is network-wide; the document it is about is not.
        var seenOutside = await outsider.GetFromJsonAsync<JsonElement>($"/api/discussions/{id}");
        Assert.Equal(0, seenOutside.GetProperty("documents").GetArrayLength());

        using var patched = await outsider.PatchAsJsonAsync($"/api/discussions/{id}", new { documentIds = Array.Empty<Guid>() });
        Assert.Equal(HttpStatusCode.Forbidden, patched.StatusCode);
        Assert.Equal(1, await fixture.CountAsync($"SELECT cardinality(document_ids)::bigint FROM threads WHERE id = '{id}'"));
    }

    private Task<HttpResponseMessage> StartAsync(HttpClient author, Guid[] documentIds, Guid[] eventIds) =>
        author.PostAsJsonAsync("/api/discussions", new
        {
            kind = "question",
            title = $"Hoe passen jullie dit toe? {Guid.NewGuid():N}",
            body = "Ik lees het stuk en vraag me af hoe het op school werkt.",
            documentIds,
            eventIds,
        });

    private async Task<DocumentDetails> DocumentAsync(DateTimeOffset at, string title, string visibility = "members", Guid? groupId = null)
    {
        var document = new DocumentDetails(Guid.NewGuid(), title, [], null, visibility, groupId, Guid.NewGuid(), 1, "http://localhost/documenten");
        await fixture.PublishAsync(new DocumentPublished(Guid.NewGuid(), at, document));
        await Eventually.ReturnsAsync(() => fixture.CountAsync($"SELECT count(*) FROM known_documents WHERE id = '{document.Id}'"), count => count == 1);
        return document;
    }

    private async Task<NetworkEventDetails> EventAsync(DateTimeOffset at, string title)
    {
        var details = new NetworkEventDetails(Guid.NewGuid(), title, at.AddDays(14), at.AddDays(14).AddHours(3), "Europe/Amsterdam", "Utrecht", null, 40,
            null, "http://localhost/bijeenkomsten");
        await fixture.PublishAsync(new EventScheduled(Guid.NewGuid(), at, details));
        await Eventually.ReturnsAsync(() => fixture.CountAsync($"SELECT count(*) FROM known_events WHERE id = '{details.Id}'"), count => count == 1);
        return details;
    }
}
