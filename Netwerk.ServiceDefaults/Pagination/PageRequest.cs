using System.Buffers.Text;
using System.Text;
using Netwerk.ServiceDefaults.ProblemDetails;

namespace Netwerk.ServiceDefaults.Pagination;

/// <summary>`?limit=` (default 20, at most 100) and `?cursor=`: a keyset position (a timestamp and an id), opaque
/// to clients, so pages stay stable while rows are added.</summary>
public sealed record PageRequest(int Limit, DateTimeOffset? AfterTime, Guid? AfterId)
{
    public const int DefaultLimit = 20;
    public const int MaximumLimit = 100;

    public static PageRequest Parse(int? limit, string? cursor, FieldErrors errors)
    {
        var size = limit ?? DefaultLimit;
        errors.Require(size is >= 1 and <= MaximumLimit, "limit", $"The limit is 1 to {MaximumLimit}.");
        if (string.IsNullOrEmpty(cursor)) return new PageRequest(size, null, null);
        if (TryDecode(cursor, out var time, out var id)) return new PageRequest(size, time, id);
        errors.Add("cursor", "This cursor is not one this list gave out.");
        return new PageRequest(size, null, null);
    }

    /// <summary>Builds the page from up to <see cref="Limit"/> + 1 rows fetched in keyset order.</summary>
    public Page<TOut> ToPage<TRow, TOut>(IReadOnlyList<TRow> rows, Func<TRow, (DateTimeOffset Time, Guid Id)> key, Func<TRow, TOut> map)
    {
        var items = rows.Take(Limit).Select(map).ToList();
        var next = rows.Count > Limit ? Encode(key(rows[Limit - 1])) : null;
        return new Page<TOut>(items, next);
    }

    /// <summary>The position after which the page starts, for lists kept in the order of a sequence number (such as
    /// arrival order) rather than of a time; the cursor carries either the same way.</summary>
    public long? AfterNumber => AfterTime?.UtcTicks;

    /// <summary>Like <see cref="ToPage{TRow,TOut}"/>, for rows fetched in the order of a sequence number and an id.</summary>
    public Page<TOut> ToNumberedPage<TRow, TOut>(IReadOnlyList<TRow> rows, Func<TRow, (long Number, Guid Id)> key, Func<TRow, TOut> map) =>
        ToPage(rows, row =>
        {
            var (number, id) = key(row);
            return (new DateTimeOffset(number, TimeSpan.Zero), id);
        }, map);

    private static string Encode((DateTimeOffset Time, Guid Id) position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{position.Time.UtcTicks}:{position.Id:N}"));

    private static bool TryDecode(string cursor, out DateTimeOffset time, out Guid id)
    {
        time = default;
        id = default;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            if (parts.Length != 2 || !long.TryParse(parts[0], out var ticks) || !Guid.TryParseExact(parts[1], "N", out id)) return false;
            if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks) return false;
            time = new DateTimeOffset(ticks, TimeSpan.Zero);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
