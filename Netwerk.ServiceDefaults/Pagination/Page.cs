namespace Netwerk.ServiceDefaults.Pagination;

/// <summary>A list response (API.md): the items and an opaque cursor for the next page, null on the last.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
