using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Exceedances;
using ComplianceEngine.Data.Limits;
using ComplianceEngine.Rules;
using Npgsql;

namespace ComplianceEngine.Data.Audit;

/// <summary>
/// The rule set's evaluation plus the hourly monitoring the database holds: an enterprise's <c>limits</c> findings
/// from its stored readings are added, and the outcome recomputed (an exceedance makes it non-compliant).
/// </summary>
public sealed class MonitoredEvaluator(NpgsqlDataSource dataSource, RuleSet ruleSet)
{
    private readonly ExceedanceFindingSource _exceedances = new(dataSource, LimitCatalog.From(ruleSet));

    public RuleSet RuleSet => ruleSet;

    public async Task<EvaluationResult> EvaluateAsync(ComplianceRecord record, DateOnly asOf, CancellationToken ct = default)
    {
        var result = ruleSet.Evaluate(record, asOf);
        if (record is not EnterpriseRecord enterprise || result.Outcome == Outcome.Invalid)
        {
            return result;
        }

        var monitored = await _exceedances.FindingsAsync(enterprise, asOf, ct);
        if (monitored.Count == 0)
        {
            return result;
        }

        Finding[] findings = [.. result.Findings, .. monitored];
        return result with { Findings = findings, Outcome = OutcomePolicy.ForEnterprise(findings) };
    }
}
