using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.ServiceDefaults.Pagination;

/// <summary>`?limit=` (default 20, at most 100) and `?cursor=`: the position after the previous page, opaque to
/// clients, so pages stay stable while rows are added.</summary>
public sealed record PageRequest(int Limit, PageCursor? After)
{
    public const int DefaultLimit = 20;
    public const int MaximumLimit = 100;

    public static PageRequest Parse(int? limit, string? cursor, FieldErrors errors)
    {
        var size = ParseLimit(limit, errors);
        if (string.IsNullOrEmpty(cursor)) return new PageRequest(size, null);
        if (PageCursor.TryDecode(cursor, out var after)) return new PageRequest(size, after);
        errors.Add("cursor", "This cursor is not one this list gave out.");
        return new PageRequest(size, null);
    }

    /// <summary>`?limit=` alone, for lists that have no next page.</summary>
    public static int ParseLimit(int? limit, FieldErrors errors)
    {
        var size = limit ?? DefaultLimit;
        errors.Require(size is >= 1 and <= MaximumLimit, "limit", $"The limit is 1 to {MaximumLimit}.");
        return size;
    }

    /// <summary>Builds the page from up to <see cref="Limit"/> + 1 rows fetched in the list's order: the extra row only
    /// says that there is a next page, which starts after the last row shown.</summary>
    public Page<TOut> ToPage<TRow, TOut>(IReadOnlyList<TRow> rows, Func<TRow, PageCursor> cursorOf, Func<TRow, TOut> map)
    {
        var items = rows.Take(Limit).Select(map).ToList();
        var next = rows.Count > Limit ? cursorOf(rows[Limit - 1]).Encode() : null;
        return new Page<TOut>(items, next);
    }
}
