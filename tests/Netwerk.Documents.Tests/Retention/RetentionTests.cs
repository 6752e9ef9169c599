using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Netwerk.Documents.Retention;

namespace Netwerk.Documents.Tests.Retention;

/// <summary>A deleted document's bytes are kept for the retention period (30 days), then deleted, unless a document
/// that is not deleted shares them (bytes are stored once per hash).</summary>
public sealed class RetentionTests(DocumentsFixture fixture) : IClassFixture<DocumentsFixture>
{
    [Fact]
    public async Task Deleted_bytes_go_after_the_retention_period_unless_a_live_document_shares_them()
    {
        var author = fixture.AsMember(Guid.NewGuid());
        var sharedText = $"Gedeelde afspraken {Guid.NewGuid()}";
        var ownText = $"Eigen afspraken {Guid.NewGuid()}";
        var deletedSharing = (await fixture.PublishTextAsync(author, sharedText)).Id();
        var liveSharing = (await fixture.PublishTextAsync(author, sharedText)).Id();
        var deletedAlone = (await fixture.PublishTextAsync(author, ownText)).Id();
        Assert.Equal(HttpStatusCode.NoContent, (await author.DeleteAsync($"/api/documents/{deletedSharing}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await author.DeleteAsync($"/api/documents/{deletedAlone}")).StatusCode);
        var purger = fixture.Service.Services.GetRequiredService<BlobPurger>();

        await purger.PurgeAsync(CancellationToken.None);
        Assert.True(BlobStored(ownText), "within the period the bytes stay");

        fixture.Clock.Advance(TimeSpan.FromDays(31));
        await purger.PurgeAsync(CancellationToken.None);
        Assert.False(BlobStored(ownText));
        Assert.True(BlobStored(sharedText), "a live document shares these bytes");
        Assert.Equal(sharedText, await fixture.Anonymous().GetStringAsync($"/api/documents/{liveSharing}/content"));

        Assert.Equal(HttpStatusCode.NoContent, (await author.DeleteAsync($"/api/documents/{liveSharing}")).StatusCode);
        await purger.PurgeAsync(CancellationToken.None);
        Assert.True(BlobStored(sharedText), "the last document to go starts its own period");
        fixture.Clock.Advance(TimeSpan.FromDays(31));
        await purger.PurgeAsync(CancellationToken.None);
        Assert.False(BlobStored(sharedText));
    }

    private bool BlobStored(string text)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return File.Exists(Path.Combine(fixture.BlobFolder, hash[..2], hash[2..4], hash));
    }
}
