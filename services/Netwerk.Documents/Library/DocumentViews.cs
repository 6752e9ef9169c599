namespace Netwerk.Documents.Library;

/// <summary>A version as clients see it; <c>contentUrl</c> downloads its bytes.</summary>
public sealed record VersionView(int Number, string FileName, string ContentType, long Size, string? Note, DateTimeOffset UploadedAt,
    string TextExtraction, string ContentUrl);

/// <summary>A document's metadata with every version (GET /api/documents/{id}); the author is null once they left.</summary>
public sealed record DocumentView(
    Guid Id,
    string Title,
    string Description,
    IReadOnlyList<string> Tags,
    string? Theme,
    string Visibility,
    Guid? GroupId,
    Guid? AuthorId,
    string? AuthorName,
    int Version,
    long DownloadCount,
    string ContentUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<VersionView> Versions);

/// <summary>A line of a list or a search result: the newest version's file, and for a search its rank and a snippet
/// with the matching words between &lt;mark&gt; tags.</summary>
public sealed record DocumentSummary(
    Guid Id,
    string Title,
    string Description,
    IReadOnlyList<string> Tags,
    string? Theme,
    string Visibility,
    Guid? GroupId,
    Guid? AuthorId,
    string? AuthorName,
    int Version,
    string FileName,
    string ContentType,
    long Size,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    double? Rank,
    string? Snippet);
