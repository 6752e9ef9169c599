using Microsoft.Extensions.Options;

namespace Netwerk.Documents.Storage;

/// <summary>Blobs as files in a folder, fanned out by the first two bytes of the hash (ab/cd/abcd…) so no folder grows
/// huge. A blob is written under a temporary name and then moved into place: readers never see half a file, and of
/// two simultaneous writers of the same bytes the second finds the first's file and is done.</summary>
public sealed class LocalFolderBlobStore(IOptions<BlobStorageOptions> options, IHostEnvironment environment) : IBlobStore
{
    private readonly string _root = Path.GetFullPath(options.Value.Folder, environment.ContentRootPath);

    public async Task PutAsync(string hash, string sourceFile, CancellationToken cancellationToken)
    {
        var target = PathOf(hash);
        if (File.Exists(target)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var source = File.OpenRead(sourceFile))
            await using (var destination = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await source.CopyToAsync(destination, cancellationToken);
                await destination.FlushAsync(cancellationToken);
            }
            File.Move(temporary, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Someone stored the same bytes first; they are the same bytes.
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string hash, CancellationToken cancellationToken)
    {
        var path = PathOf(hash);
        Stream? stream = File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan)
            : null;
        return Task.FromResult(stream);
    }

    public Task DeleteAsync(string hash, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(hash));
        return Task.CompletedTask;
    }

    private string PathOf(string hash)
    {
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower)) throw new ArgumentException("Not a SHA-256 in lower-case hex.", nameof(hash));
        return Path.Combine(_root, hash[..2], hash[2..4], hash);
    }
}
