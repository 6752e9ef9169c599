using System.Linq.Expressions;

namespace Netwerk.ServiceDefaults.Pagination;

/// <summary>The order a list pages in: a sort key (a time or a sequence number), then the id to break ties, both
/// ascending or both descending. <see cref="PageOf"/> gives the rows of one page in that order, starting after the
/// request's cursor, so no list writes its own comparison (and none can flip one of its two signs).</summary>
public sealed class KeysetOrder<T>
{
    private readonly LambdaExpression _key;
    private readonly Expression<Func<T, Guid>> _id;
    private readonly bool _descending;
    private readonly Func<long, object> _keyFromCursor;
    private readonly Func<T, PageCursor> _cursorOf;

    private KeysetOrder(LambdaExpression key, Expression<Func<T, Guid>> id, bool descending, Func<long, object> keyFromCursor,
        Func<T, long> cursorKey)
    {
        _key = key;
        _id = id;
        _descending = descending;
        _keyFromCursor = keyFromCursor;
        var idOf = id.Compile();
        _cursorOf = row => new PageCursor(cursorKey(row), idOf(row));
    }

    public static KeysetOrder<T> Ascending(Expression<Func<T, DateTimeOffset>> time, Expression<Func<T, Guid>> id) => ByTime(time, id, false);
    public static KeysetOrder<T> Descending(Expression<Func<T, DateTimeOffset>> time, Expression<Func<T, Guid>> id) => ByTime(time, id, true);

    public static KeysetOrder<T> Ascending(Expression<Func<T, long>> number, Expression<Func<T, Guid>> id)
    {
        var numberOf = number.Compile();
        return new KeysetOrder<T>(number, id, false, key => key, row => numberOf(row));
    }

    private static KeysetOrder<T> ByTime(Expression<Func<T, DateTimeOffset>> time, Expression<Func<T, Guid>> id, bool descending)
    {
        var timeOf = time.Compile();
        return new KeysetOrder<T>(time, id, descending, key => new DateTimeOffset(key, TimeSpan.Zero), row => timeOf(row).UtcTicks);
    }

    /// <summary>The rows after the request's cursor, in this order, one more than the page holds (see
    /// <see cref="PageRequest.ToPage{TRow,TOut}"/>).</summary>
    public IQueryable<T> PageOf(IQueryable<T> rows, PageRequest page)
    {
        if (page.After is { } after) rows = rows.Where(After(after));
        var ordered = _descending
            ? Queryable.ThenByDescending(OrderBy(rows, nameof(Queryable.OrderByDescending)), _id)
            : Queryable.ThenBy(OrderBy(rows, nameof(Queryable.OrderBy)), _id);
        return ordered.Take(page.Limit + 1);
    }

    /// <summary>The cursor that points after <paramref name="row"/>.</summary>
    public PageCursor CursorOf(T row) => _cursorOf(row);

    private IOrderedQueryable<T> OrderBy(IQueryable<T> rows, string method) =>
        (IOrderedQueryable<T>)rows.Provider.CreateQuery<T>(Expression.Call(typeof(Queryable), method, [typeof(T), _key.ReturnType],
            rows.Expression, Expression.Quote(_key)));

    /// <summary><c>key &gt; k OR (key = k AND id &gt; i)</c>, or with both signs turned for a descending order. The
    /// cursor's values go in as captured values, so the database sees parameters and reuses its plan.</summary>
    private Expression<Func<T, bool>> After(PageCursor after)
    {
        var row = _key.Parameters[0];
        var key = _key.Body;
        var id = new ParameterReplacer(_id.Parameters[0], row).Visit(_id.Body);
        var afterKey = CapturedValue.Of(_keyFromCursor(after.Key), _key.ReturnType);
        var afterId = CapturedValue.Of(after.Id, typeof(Guid));
        var idComparison = Expression.Call(id, typeof(Guid).GetMethod(nameof(Guid.CompareTo), [typeof(Guid)])!, afterId);
        var zero = Expression.Constant(0);
        var beyond = _descending
            ? Expression.OrElse(Expression.LessThan(key, afterKey), Expression.AndAlso(Expression.Equal(key, afterKey), Expression.LessThan(idComparison, zero)))
            : Expression.OrElse(Expression.GreaterThan(key, afterKey), Expression.AndAlso(Expression.Equal(key, afterKey), Expression.GreaterThan(idComparison, zero)));
        return Expression.Lambda<Func<T, bool>>(beyond, row);
    }

}
