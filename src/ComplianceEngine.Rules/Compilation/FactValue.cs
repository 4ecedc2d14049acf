using System.Linq.Expressions;

namespace ComplianceEngine.Rules.Compilation;

/// <summary>
/// Facts are values a finding reports and serialises: a number, string, boolean, date, enum, or a list of those.
/// A record, a parameter set, a type or a lazy query is not a fact.
/// </summary>
internal static class FactValue
{
    public static string? Refusal(Type type) =>
        ExpressionAllowList.IsFactScalar(type) || (ExpressionAllowList.ElementOf(type) is { } element && ExpressionAllowList.IsFactScalar(element))
            ? null
            : $"a fact is a value (number, string, boolean, date, enum, or a list of those); this one is a {AllowListWalker.Name(type)}";

    /// <summary>A list fact evaluated into an array now, inside the evaluation's budget, not later while it is serialised.</summary>
    public static Expression Materialized(Expression fact) =>
        fact.Type.IsArray || ExpressionAllowList.ElementOf(fact.Type) is not { } element
            ? fact
            : Expression.Call(typeof(Enumerable), nameof(Enumerable.ToArray), [element], fact);
}
