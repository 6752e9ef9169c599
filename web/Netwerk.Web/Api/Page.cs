namespace Netwerk.Web.Api;

/// <summary>A list as the API returns it (API.md: `items` and `nextCursor`).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
