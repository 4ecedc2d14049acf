using System.Linq.Expressions;
using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Rules.Parameters;
using RulesEngine.ExpressionBuilders;
using RulesEngine.Models;

namespace ComplianceEngine.Rules.Compilation;

/// <summary>
/// Compiles each rule once with RulesEngine's own expression parser into typed delegates, so a batch pays
/// parsing and compilation once and no per-call result trees, async or parameter wrapping.
/// </summary>
internal static class RuleCompiler
{
    /// <summary>Types expressions may call methods on (RulesEngine's custom types).</summary>
    public static readonly Type[] ExpressionTypes =
    [
        typeof(ComplianceRecord), typeof(EnterpriseRecord), typeof(ProjectRecord), typeof(Facility), typeof(Emission),
        typeof(Permit), typeof(ProjectSite), typeof(EnforcementHistory), typeof(CapacityReplacement), typeof(RegionalOffset),
        typeof(ParameterSet), typeof(DateOnly), typeof(ExceedanceMonth), typeof(ExceedanceReading),
    ];

    public static ReSettings Settings() => new() { CustomTypes = ExpressionTypes };

    public static List<CompiledRule> Compile(IEnumerable<RuleDefinition> rules, ParameterCatalog parameters, List<CatalogIssue> issues)
    {
        var parser = new RuleExpressionParser(Settings());
        var compiled = new List<CompiledRule>();
        foreach (var rule in rules)
        {
            var inputs = new RuleInputs(rule.Kind, rule.Scope);
            var ok = true;
            var conditions = new List<RuleDelegate<bool>>();
            foreach (var condition in rule.Conditions)
            {
                var d = CompileOne<bool>(parser, inputs, parameters, condition.Expression, rule, $"condition '{condition.Name}'", issues);
                ok &= d is not null;
                conditions.Add(d!);
            }

            var facts = new List<RuleDelegate<object?>>();
            foreach (var (name, expression) in rule.Facts)
            {
                var d = CompileOne<object?>(parser, inputs, parameters, expression, rule, $"fact '{name}'", issues);
                ok &= d is not null;
                facts.Add(d!);
            }

            var deadlineSlot = -1;
            if (rule.DeadlineParameter is { } deadline && parameters.TryGet(deadline, out var slot, out _))
            {
                deadlineSlot = slot;
            }

            if (ok)
            {
                compiled.Add(new CompiledRule(rule, [.. conditions], [.. facts], deadlineSlot));
            }
        }

        return compiled;
    }

    private static RuleDelegate<T>? CompileOne<T>(RuleExpressionParser parser, RuleInputs inputs, ParameterCatalog parameters,
        string expression, RuleDefinition rule, string what, List<CatalogIssue> issues)
    {
        try
        {
            var body = parser.Parse(expression, inputs.Named, typeof(T) == typeof(bool) ? typeof(bool) : null);
            if ((AllowListWalker.Check(body) ?? (typeof(T) == typeof(bool) ? null : FactValue.Refusal(body.Type))) is { } refused)
            {
                issues.Add(new CatalogIssue(rule.File, rule.Id, $"{what}: {refused}"));
                return null;
            }

            var rewriter = new ExpressionRewriter(inputs, parameters);
            var rewritten = rewriter.Visit(body);
            if (rewriter.Problems.Count > 0)
            {
                issues.AddRange(rewriter.Problems.Select(p => new CatalogIssue(rule.File, rule.Id, $"{what}: {p}")));
                return null;
            }

            if (typeof(T) != typeof(bool))
            {
                rewritten = Expression.Convert(FactValue.Materialized(rewritten), typeof(object));
            }

            return Expression.Lambda<RuleDelegate<T>>(rewritten, inputs.Record, inputs.Facility, inputs.Emission, inputs.Exceedance, inputs.Parameters).Compile();
        }
        catch (Exception e) when (e is System.Linq.Dynamic.Core.Exceptions.ParseException or InvalidOperationException or ArgumentException)
        {
            issues.Add(new CatalogIssue(rule.File, rule.Id, $"{what} does not compile: {e.Message} (in \"{expression}\")"));
            return null;
        }
    }
}
