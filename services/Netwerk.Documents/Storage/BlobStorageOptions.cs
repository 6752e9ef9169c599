namespace Netwerk.Documents.Storage;

/// <summary>`BlobStorage:*`: where document bytes go. `Local` (default) is a folder; `S3` is any S3-compatible
/// object store, for deployments with several replicas (which cannot share a local folder).</summary>
public sealed class BlobStorageOptions
{
    public string Kind { get; set; } = "Local";
    /// <summary>For Local: the folder; relative paths are under the content root. The AppHost points it into `.state/`.</summary>
    public string Folder { get; set; } = "blobs";
    public string? ServiceUrl { get; set; }
    public string? Bucket { get; set; }
    public string? AccessKey { get; set; }
    public string? SecretKey { get; set; }
    public string Region { get; set; } = "us-east-1";
}
