using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerk.Documents.Data;
using Netwerk.Documents.Storage;
using Netwerk.Messaging.Background;
using Netwerk.ServiceDefaults.Time;

namespace Netwerk.Documents.Retention;

/// <summary>Deletes the bytes of deleted documents once the retention period is over (30 days by default). Bytes are
/// stored once per hash, so a blob goes only when every version still pointing at it belongs to a document deleted
/// longer ago than that: a live document with the same bytes keeps them. Replicas may purge side by side: each blob is
/// checked again and deleted under its <see cref="BlobLock"/>.</summary>
internal sealed class BlobPurger(IServiceScopeFactory scopes, IBlobStore blobs, IOptions<RetentionOptions> options, TimeProvider clock,
    ILogger<BlobPurger> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => BatchLoop.RunAsync(
        async cancellationToken => await PurgeAsync(cancellationToken) == BatchSize,
        cancellationToken => Task.Delay(options.Value.PurgeInterval, cancellationToken),
        logger, "Blob purge", stoppingToken);

    /// <summary>Deletes up to a batch of blobs whose period is over; returns how many were due (a full batch: more may
    /// be waiting).</summary>
    internal async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DocumentsDbContext>();
        var now = clock.Now();
        var cutoff = now - options.Value.DeletedBytesKeptFor;
        var due = await Expired(db, cutoff).Select(v => v.BlobHash).Distinct().Take(BatchSize).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var hash in due)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await BlobLock.TakeAsync(db, hash, cancellationToken);
            if (!await Expired(db, cutoff).AnyAsync(v => v.BlobHash == hash, cancellationToken)) continue;
            await blobs.DeleteAsync(hash, cancellationToken);
            await db.Versions.Where(v => v.BlobHash == hash && v.BlobPurgedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(v => v.BlobPurgedAt, now), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            deleted++;
        }
        if (deleted > 0) logger.LogInformation("Deleted the bytes of {Count} blobs whose documents were deleted before {Cutoff}", deleted, cutoff);
        return due.Count;
    }

    /// <summary>Versions whose bytes are still stored and that no document kept within the period points at.</summary>
    private static IQueryable<Library.DocumentVersion> Expired(DocumentsDbContext db, DateTimeOffset cutoff) =>
        db.Versions.Where(v => v.BlobPurgedAt == null
            && !db.Versions.Any(other => other.BlobHash == v.BlobHash && other.BlobPurgedAt == null
                && db.Documents.Any(d => d.Id == other.DocumentId && (d.DeletedAt == null || d.DeletedAt >= cutoff))));
}
