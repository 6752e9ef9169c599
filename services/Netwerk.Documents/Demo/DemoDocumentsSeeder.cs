using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Netwerk.Contracts.Documents;
using Netwerk.Documents.Data;
using Netwerk.Documents.Extraction;
using Netwerk.Documents.Library;
using Netwerk.Documents.Storage;
using Netwerk.Documents.Uploads;
using Netwerk.Messaging.Outbox;
using Netwerk.ServiceDefaults.Links;
using Netwerk.ServiceDefaults.Demo;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Documents.Demo;

/// <summary>Shares the demo documents in Development (unless `Seed:DemoData` is false), each once, in the names of
/// the demo members: it waits in the background until membership's MemberApproved events have told it who they are.</summary>
internal sealed class DemoDocumentsSeeder(IServiceScopeFactory scopes, IBlobStore blobs, ExtractionSignal extraction, TimeProvider clock,
    ILogger<DemoDocumentsSeeder> logger) : PatientDemoSeeder(clock, logger)
{
    protected override string What => "documents";

    /// <summary>True when done; false while the demo members are not known yet.</summary>
    protected override async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
        var links = scope.ServiceProvider.GetRequiredService<PublicLinks>();
        var authors = await db.KnownMembers.OrderBy(a => a.DisplayName).Select(a => a.MemberId).ToListAsync(cancellationToken);
        if (authors.Count < 3) return false;
        var existing = await db.Documents.Select(d => d.Title).ToListAsync(cancellationToken);

        var now = Clock.Now();
        foreach (var (demo, index) in DemoDocuments.All.Select((d, i) => (d, i)).Where(x => !existing.Contains(x.d.Title)))
        {
            var bytes = Encoding.UTF8.GetBytes(demo.Text.Trim() + "\n");
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            var file = Path.GetTempFileName();
            try
            {
                await File.WriteAllBytesAsync(file, bytes, cancellationToken);
                await blobs.PutAsync(hash, file, cancellationToken);
            }
            finally
            {
                File.Delete(file);
            }
            var created = now.AddDays(-2 * (DemoDocuments.All.Count - index));
            var document = new Document
            {
                Id = Guid.CreateVersion7(created),
                Title = demo.Title,
                Description = demo.Description,
                Visibility = demo.Visibility,
                Theme = demo.Theme,
                AuthorId = authors[index % authors.Count],
                CreatedAt = created,
                UpdatedAt = created,
            };
            document.SetTags(demo.Tags);
            var contentType = demo.FileName.EndsWith(".csv", StringComparison.Ordinal) ? ContentSniffer.Csv : ContentSniffer.Markdown;
            document.Versions.Add(new DocumentVersion
            {
                DocumentId = document.Id,
                Number = 1,
                BlobHash = hash,
                Size = bytes.Length,
                ContentType = contentType,
                FileName = demo.FileName,
                UploadedBy = document.AuthorId,
                UploadedAt = created,
                ExtractionState = ExtractionState.Pending,
            });
            db.Documents.Add(document);
            db.AddIntegrationEvent(new DocumentPublished(Guid.CreateVersion7(now), now, DocumentMessages.Details(document, links)));
        }
        await db.SaveChangesAsync(cancellationToken);
        extraction.Notify();
        return true;
    }
}
