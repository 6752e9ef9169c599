using Amazon.S3;
using Amazon.S3.Model;
using Microsoft.Extensions.Options;

namespace Netwerk.Documents.Storage;

/// <summary>Blobs as objects in an S3-compatible bucket (AWS, MinIO, Ceph …), keyed by hash. Objects are written
/// whole by one PUT, so a reader never sees half of one; writing the same bytes twice writes the same object.</summary>
public sealed class S3BlobStore(IAmazonS3 s3, IOptions<BlobStorageOptions> options) : IBlobStore
{
    private readonly string _bucket = options.Value.Bucket ?? throw new InvalidOperationException("BlobStorage:Bucket is required for S3.");

    public async Task PutAsync(string hash, string sourceFile, CancellationToken cancellationToken)
    {
        if (await SizeAsync(hash, cancellationToken) is not null) return;
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = _bucket, Key = Key(hash), FilePath = sourceFile, UseChunkEncoding = false }, cancellationToken);
    }

    public async Task<Stream?> OpenReadAsync(string hash, CancellationToken cancellationToken) =>
        await SizeAsync(hash, cancellationToken) is { } size ? new S3RangeStream(s3, _bucket, Key(hash), size) : null;

    public Task DeleteAsync(string hash, CancellationToken cancellationToken) => s3.DeleteObjectAsync(_bucket, Key(hash), cancellationToken);

    private async Task<long?> SizeAsync(string hash, CancellationToken cancellationToken)
    {
        try
        {
            var head = await s3.GetObjectMetadataAsync(_bucket, Key(hash), cancellationToken);
            return head.ContentLength;
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private static string Key(string hash) => $"blobs/{hash[..2]}/{hash}";
}
