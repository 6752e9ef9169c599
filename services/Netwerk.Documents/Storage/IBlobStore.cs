namespace Netwerk.Documents.Storage;

/// <summary>Content-addressed storage: a blob's name is the SHA-256 of its bytes, so the same bytes are stored once
/// however often they are uploaded, and a stored blob never changes.</summary>
public interface IBlobStore
{
    /// <summary>Stores the file's bytes under <paramref name="hash"/>, unless they are there already. Safe to call
    /// for the same hash at the same time from several requests or replicas.</summary>
    Task PutAsync(string hash, string sourceFile, CancellationToken cancellationToken);

    /// <summary>A seekable stream of the blob (so downloads can answer range requests), or null when it is missing.</summary>
    Task<Stream?> OpenReadAsync(string hash, CancellationToken cancellationToken);

    /// <summary>Removes the blob; nothing happens when it is not there.</summary>
    Task DeleteAsync(string hash, CancellationToken cancellationToken);
}
