namespace Netwerk.Web.Documents;

/// <summary>A document with its versions (`GET /api/documents/{id}`).</summary>
public sealed record DocumentDetails(Guid Id, string Title, string Description, IReadOnlyList<string> Tags, string? Theme, string Visibility,
    Guid? GroupId, Guid? AuthorId, string? AuthorName, int Version, long DownloadCount, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<DocumentVersion> Versions);

/// <summary>One version of a document.</summary>
public sealed record DocumentVersion(int Number, string FileName, string ContentType, long Size, string? Note, DateTimeOffset UploadedAt, string TextExtraction);
