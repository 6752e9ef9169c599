namespace Netwerk.Documents.Library;

/// <summary>One upload of a document: the blob it points at (by SHA-256) and what is known about those bytes.</summary>
public sealed class DocumentVersion
{
    public required Guid DocumentId { get; init; }
    public required int Number { get; init; }
    /// <summary>SHA-256 of the bytes, lower-case hex: the blob's address and the download's ETag.</summary>
    public required string BlobHash { get; init; }
    public required long Size { get; init; }
    /// <summary>The type the bytes showed themselves to be (never only what the uploader declared).</summary>
    public required string ContentType { get; init; }
    public required string FileName { get; init; }
    public string? Note { get; init; }
    public Guid? UploadedBy { get; set; }
    public required DateTimeOffset UploadedAt { get; init; }
    public required string ExtractionState { get; set; }
    public string? ExtractedText { get; set; }
    /// <summary>When the blob was deleted, the retention period after its document's deletion being over; the row stays
    /// for the document's history.</summary>
    public DateTimeOffset? BlobPurgedAt { get; set; }
}
