namespace Netwerk.Web.Home;

/// <summary>What the home page shows of a document (`GET /api/documents`).</summary>
public sealed record RecentDocument(Guid Id, string Title, string? AuthorName, DateTimeOffset UpdatedAt);
