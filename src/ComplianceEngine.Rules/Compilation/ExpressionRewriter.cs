using System.Linq.Expressions;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Rules.Compilation;

/// <summary>
/// Maps the scope's names onto the uniform delegate inputs and turns <c>p.Num("name")</c> into a slot read,
/// so an unknown or mistyped parameter fails when the catalog compiles, and evaluation does no name lookups.
/// Every lambda (the body of a collection operator: the only way an expression loops) first counts a step of the
/// <see cref="EvaluationBudget"/>, so a slow rule stops at its deadline or cancellation.
/// </summary>
internal sealed class ExpressionRewriter(RuleInputs inputs, ParameterCatalog parameters) : ExpressionVisitor
{
    private static readonly Dictionary<string, (ParameterType Type, string SlotMethod)> ByName = new()
    {
        [nameof(ParameterSet.Num)] = (ParameterType.Number, nameof(ParameterSet.NumAt)),
        [nameof(ParameterSet.Date)] = (ParameterType.Date, nameof(ParameterSet.DateAt)),
        [nameof(ParameterSet.Flag)] = (ParameterType.Flag, nameof(ParameterSet.FlagAt)),
    };

    private static readonly System.Reflection.MethodInfo StepMethod = typeof(EvaluationBudget).GetMethod(nameof(EvaluationBudget.Step))!;

    public List<string> Problems { get; } = [];
    public HashSet<string> ParametersUsed { get; } = [];

    protected override Expression VisitParameter(ParameterExpression node) =>
        inputs.Named.Contains(node) ? inputs.Replacement(node) : node;

    protected override Expression VisitLambda<T>(Expression<T> node) =>
        Expression.Lambda<T>(Expression.Block(Expression.Call(StepMethod), Visit(node.Body)), node.Name, node.TailCall, node.Parameters);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method.DeclaringType == typeof(ParameterSet) && ByName.TryGetValue(node.Method.Name, out var target))
        {
            if (node.Arguments[0] is not ConstantExpression { Value: string name })
            {
                Problems.Add($"p.{node.Method.Name}(…) takes the parameter's name as a string literal");
                return base.VisitMethodCall(node);
            }

            ParametersUsed.Add(name);
            if (!parameters.TryGet(name, out var slot, out var definition))
            {
                Problems.Add($"unknown parameter '{name}'");
            }
            else if (definition.Type != target.Type)
            {
                Problems.Add($"parameter '{name}' is a {definition.Type.ToString().ToLowerInvariant()}, read with p.{node.Method.Name}");
            }
            else
            {
                return Expression.Call(Visit(node.Object), typeof(ParameterSet).GetMethod(target.SlotMethod)!, Expression.Constant(slot));
            }
        }

        return base.VisitMethodCall(node);
    }
}
