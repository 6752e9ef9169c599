using System.Linq.Expressions;

namespace Netwerk.ServiceDefaults.Pagination;

/// <summary>A value in an expression tree as if a lambda had captured it: EF Core sends such values as parameters,
/// where a constant would become a literal and a new query plan for every value.</summary>
internal static class CapturedValue
{
    public static MemberExpression Of(object value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Holder<object>.Value));
    }

    private sealed record Holder<TValue>(TValue Value);
}
