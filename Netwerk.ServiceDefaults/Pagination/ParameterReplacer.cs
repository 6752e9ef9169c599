using System.Linq.Expressions;

namespace Netwerk.ServiceDefaults.Pagination;

/// <summary>Puts one lambda's body into another lambda by making it read the other's parameter.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
