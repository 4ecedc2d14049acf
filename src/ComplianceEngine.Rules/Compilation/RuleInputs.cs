using System.Linq.Expressions;
using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Rules.Compilation;

/// <summary>The names an expression may use in each scope, and the uniform delegate inputs they map to.</summary>
internal sealed class RuleInputs
{
    public RuleInputs(RecordKind kind, RuleScope scope)
    {
        RecordType = kind == RecordKind.Enterprise ? typeof(EnterpriseRecord) : typeof(ProjectRecord);
        var named = new List<ParameterExpression> { Expression.Parameter(RecordType, "r") };
        if (scope != RuleScope.Record)
        {
            named.Add(Expression.Parameter(typeof(Facility), "f"));
        }

        if (scope == RuleScope.Emission)
        {
            named.Add(Expression.Parameter(typeof(Emission), "e"));
        }

        if (scope == RuleScope.Exceedance)
        {
            named.Add(Expression.Parameter(typeof(ExceedanceMonth), "x"));
        }

        named.Add(Expression.Parameter(typeof(ParameterSet), "p"));
        Named = [.. named];
    }

    public Type RecordType { get; }

    /// <summary>What the expression parser is told about: only the names of this scope.</summary>
    public ParameterExpression[] Named { get; }

    public ParameterExpression Record { get; } = Expression.Parameter(typeof(ComplianceRecord), "record");
    public ParameterExpression Facility { get; } = Expression.Parameter(typeof(Facility), "facility");
    public ParameterExpression Emission { get; } = Expression.Parameter(typeof(Emission), "emission");
    public ParameterExpression Exceedance { get; } = Expression.Parameter(typeof(ExceedanceMonth), "exceedance");
    public ParameterExpression Parameters { get; } = Expression.Parameter(typeof(ParameterSet), "parameters");

    public Expression Replacement(ParameterExpression named) => named.Name switch
    {
        "r" => Expression.Convert(Record, RecordType),
        "f" => Facility,
        "e" => Emission,
        "x" => Exceedance,
        _ => Parameters,
    };
}
