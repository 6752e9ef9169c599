using Netwerk.Contracts.Members;
using Netwerk.Testing;

namespace Netwerk.Documents.Tests.Members;

public sealed class AuthorTests(DocumentsFixture fixture) : IClassFixture<DocumentsFixture>
{
    [Fact]
    public async Task An_authors_new_name_shows_on_their_documents()
    {
        var author = Guid.NewGuid();
        var id = (await fixture.PublishTextAsync(fixture.AsMember(author, "Dirk Smit"), "tekst")).Id();

        await fixture.PublishAsync(new MemberProfileUpdated(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(1), author, "Dirk Smit-Visser",
            "Lyceum Aan de Maas", "56EF", "Functioneel beheerder", "vo", null, true, false));

        var name = await Eventually.ReturnsAsync(async () => (await (await fixture.Anonymous().GetAsync($"/api/documents/{id}")).JsonAsync())
            .GetProperty("authorName").GetString(), n => n == "Dirk Smit-Visser");
        Assert.Equal("Dirk Smit-Visser", name);
    }

    [Fact]
    public async Task An_erased_author_is_no_longer_named_and_their_documents_stay()
    {
        var author = Guid.NewGuid();
        var id = (await fixture.PublishTextAsync(fixture.AsMember(author, "Fatima El Amrani"), "tekst")).Id();

        await fixture.PublishAsync(new MemberErased(Guid.NewGuid(), DateTimeOffset.UtcNow, author));

        var metadata = await Eventually.ReturnsAsync(async () => await (await fixture.Anonymous().GetAsync($"/api/documents/{id}")).JsonAsync(),
            m => m.GetProperty("authorId").ValueKind == System.Text.Json.JsonValueKind.Null);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, metadata.GetProperty("authorName").ValueKind);
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM authors WHERE display_name = 'Fatima El Amrani'"));
        Assert.Equal(0, await fixture.CountAsync($"SELECT count(*) FROM document_versions WHERE uploaded_by = '{author}'"));
    }
}
