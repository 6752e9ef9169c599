using Microsoft.AspNetCore.Mvc;

namespace Netwerk.Documents.Search;

/// <summary>The query string of `GET /api/documents`: what to search for, the filters, and the page.</summary>
internal sealed record DocumentListQuery(
    [FromQuery(Name = "q")] string? Q,
    [FromQuery(Name = "tag")] string? Tag,
    [FromQuery(Name = "theme")] string? Theme,
    [FromQuery(Name = "groupId")] Guid? GroupId,
    [FromQuery(Name = "authorId")] Guid? AuthorId,
    [FromQuery(Name = "limit")] int? Limit,
    [FromQuery(Name = "cursor")] string? Cursor);
