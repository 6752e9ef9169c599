namespace Netwerk.Web.Documents;

/// <summary>A document in a list or a search result (`GET /api/documents`); <c>Snippet</c> marks the words found.</summary>
public sealed record DocumentLine(Guid Id, string Title, string Description, IReadOnlyList<string> Tags, string? Theme, string Visibility,
    Guid? GroupId, string? AuthorName, int Version, string FileName, string ContentType, long Size, DateTimeOffset UpdatedAt, string? Snippet);
