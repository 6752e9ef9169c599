using Microsoft.EntityFrameworkCore;

namespace Netwerk.Messaging.Copies;

/// <summary>How every service keeps its copies of other services' data up to date from events, in one statement per
/// call that goes into the caller's transaction (an inbox consumer's, so the copy and the inbox record commit together).
/// Rows are written in key order, so that concurrent writers lock them in the same order and cannot deadlock.</summary>
public static class ForeignCopies
{
    /// <summary>Stores each copy unless the row already holds a newer one (by <see cref="IForeignCopy.AsOf"/>); of several
    /// copies of one row in the call, the newest counts.</summary>
    /// <returns>How many rows were written: 0 when everything given was older than what is known.</returns>
    public static Task<int> KeepNewestAsync<TCopy>(this DbContext db, IEnumerable<TCopy> copies, CancellationToken cancellationToken)
        where TCopy : class, IForeignCopy
    {
        var table = CopyTable.Of<TCopy>(db);
        var rows = copies.GroupBy(table.KeyOf).Select(same => same.MaxBy(c => c.AsOf)!).OrderBy(table.KeyOf, StringComparer.Ordinal).ToList();
        if (rows.Count == 0) return Task.FromResult(0);
        var asOf = table.ColumnOf(nameof(IForeignCopy.AsOf));
        var updates = string.Join(", ", table.OtherColumns.Select(c => $"{c} = excluded.{c}"));
        return ExecuteAsync(db, table, rows,
            $"ON CONFLICT ({string.Join(", ", table.KeyColumns)}) DO UPDATE SET {updates} WHERE {table.Name}.{asOf} < excluded.{asOf}",
            cancellationToken);
    }

    /// <summary>Stores copies of what never changes once said (a group's creation, a membership row): the first one
    /// stays, a repeat changes nothing.</summary>
    /// <returns>How many rows were new.</returns>
    public static Task<int> KeepFirstAsync<TCopy>(this DbContext db, IEnumerable<TCopy> copies, CancellationToken cancellationToken)
        where TCopy : class
    {
        var table = CopyTable.Of<TCopy>(db);
        var rows = copies.DistinctBy(table.KeyOf).OrderBy(table.KeyOf, StringComparer.Ordinal).ToList();
        if (rows.Count == 0) return Task.FromResult(0);
        return ExecuteAsync(db, table, rows, "ON CONFLICT DO NOTHING", cancellationToken);
    }

    private static Task<int> ExecuteAsync<TCopy>(DbContext db, CopyTable table, IReadOnlyList<TCopy> rows, string onConflict,
        CancellationToken cancellationToken)
    {
        var columns = table.Columns.Select(c => c.Column).ToList();
        var arrays = table.ColumnArrays(rows);
        var placeholders = string.Join(", ", Enumerable.Range(0, arrays.Length).Select(i => $"{{{i}}}"));
        var sql = $"INSERT INTO {table.Name} ({string.Join(", ", columns)}) SELECT * FROM unnest({placeholders}) {onConflict}";
        return db.Database.ExecuteSqlRawAsync(sql, arrays, cancellationToken);
    }
}
