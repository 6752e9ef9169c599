using Microsoft.EntityFrameworkCore;
using Netwerk.Documents.Data;
using Netwerk.Documents.Library;
using Netwerk.Documents.Storage;
using Netwerk.Messaging.Background;

namespace Netwerk.Documents.Extraction;

/// <summary>Extracts the text of uploaded versions in the background, so an upload answers as soon as its bytes are
/// stored. Versions are claimed with `FOR UPDATE SKIP LOCKED`: replicas share the work and never do one twice. The
/// text of a document's newest version becomes its searchable content.</summary>
internal sealed class TextExtractionWorker(
    IServiceScopeFactory scopes,
    IBlobStore blobs,
    ExtractionSignal signal,
    ILogger<TextExtractionWorker> logger) : BackgroundService
{
    private const int BatchSize = 10;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(10);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => BatchLoop.RunAsync(
        async cancellationToken => await ExtractPendingAsync(cancellationToken) == BatchSize,
        cancellationToken => signal.WaitAsync(PollInterval, cancellationToken),
        logger, "Text extraction", stoppingToken);

    /// <summary>Extracts up to a batch of waiting versions; returns how many were handled.</summary>
    internal async Task<int> ExtractPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var pending = await db.Versions.FromSql($"""
                SELECT * FROM document_versions WHERE extraction_state = 'pending'
                ORDER BY uploaded_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(cancellationToken);
        foreach (var version in pending)
        {
            var text = await ExtractAsync(version, cancellationToken);
            version.ExtractionState = text is null ? ExtractionState.Failed : ExtractionState.Done;
            version.ExtractedText = text;
            await db.Documents.Where(d => d.Id == version.DocumentId && d.CurrentVersion == version.Number)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.ContentText, text), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return pending.Count;
    }

    private async Task<string?> ExtractAsync(DocumentVersion version, CancellationToken cancellationToken)
    {
        try
        {
            await using var content = await blobs.OpenReadAsync(version.BlobHash, cancellationToken);
            if (content is null) return null;
            // The parsers read synchronously and seek: a local file serves them as it is, anything else from a copy.
            var readable = content;
            if (content is not FileStream)
            {
                readable = new MemoryStream();
                await content.CopyToAsync(readable, cancellationToken);
                readable.Position = 0;
            }
            await using var _ = readable;
            var text = TextExtractor.Extract(readable, version.ContentType);
            if (text is null) return null;
            text = text.Replace("\0", "");
            return text.Length <= DocumentConfiguration.MaximumContentText ? text : text[..DocumentConfiguration.MaximumContentText];
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A damaged or unusual file is still a document; it is found by its title, tags and description.
            logger.LogWarning(exception, "Could not extract text from version {Number} of document {DocumentId}", version.Number, version.DocumentId);
            return null;
        }
    }
}
