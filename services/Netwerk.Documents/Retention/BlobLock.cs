using Microsoft.EntityFrameworkCore;
using Netwerk.Documents.Storage;

namespace Netwerk.Documents.Retention;

/// <summary>One blob's lock for the rest of the caller's transaction (a PostgreSQL advisory lock on its hash). An upload
/// holds it from storing the bytes until its version row commits, the purger from its last check until the blob is
/// gone: so the purger never deletes bytes that an upload has just found already stored and is about to point at.</summary>
internal static class BlobLock
{
    public static Task TakeAsync(DbContext db, string hash, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({hash}, 0))", cancellationToken);

    /// <summary>An upload's side: stores the bytes under the lock, which stays taken until the caller's transaction,
    /// holding the new version row, commits.</summary>
    public static async Task PutAsync(DbContext db, IBlobStore blobs, string hash, string sourceFile, CancellationToken cancellationToken)
    {
        await TakeAsync(db, hash, cancellationToken);
        await blobs.PutAsync(hash, sourceFile, cancellationToken);
    }
}
