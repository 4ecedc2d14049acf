using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Risk.Features;
using ComplianceEngine.Risk.Ranking;
using ComplianceEngine.Risk.Training;
using ComplianceEngine.Rules;
using ComplianceEngine.Screening;

namespace ComplianceEngine.Host.Risk;

/// <summary>
/// Scores the whole register with the risk model as of a date: the stored records, their rule findings as features
/// (exactly as in training), one batch transform. Null when no model is configured. The last scoring is kept and
/// served again while its date, rule set, model and register are unchanged: scoring 100,000 enterprises takes seconds,
/// checking the register's count and latest change takes milliseconds.
/// </summary>
public sealed class RiskRegister(Register register, IRecordSource stored, RuleSetHolder catalog, RiskModelHolder models)
{
    private Scoring? _last;

    public async Task<RegisterScores?> ScoreAsync(DateOnly asOf, CancellationToken ct)
    {
        if (models.Model is not { } model)
        {
            return null;
        }

        var ruleSet = catalog.Current;
        var key = new ScoringKey(asOf, ruleSet.Version, model.Version, await register.StampAsync(ct));
        var last = Volatile.Read(ref _last);
        if (last is null || last.Key != key || last.Scores.IsFaulted || last.Scores.IsCanceled)
        {
            // Not tied to this request: callers arriving meanwhile with the same key share the one scoring.
            last = new Scoring(key, ComputeAsync(model, ruleSet, asOf));
            Volatile.Write(ref _last, last);
        }

        return await last.Scores.WaitAsync(ct);
    }

    private async Task<RegisterScores> ComputeAsync(RiskModel model, RuleSet ruleSet, DateOnly asOf)
    {
        var records = new List<EnterpriseRecord>();
        await foreach (var parsed in stored.ReadAsync("enterprise", null, CancellationToken.None))
        {
            if (parsed.Record is EnterpriseRecord record)
            {
                records.Add(record);
            }
        }

        var features = new FeatureExtractor(ruleSet).ComputeAll(records, asOf);
        var scores = records.Count == 0 ? [] : model.Score(features);
        return new RegisterScores(model, ruleSet.Version, asOf, [.. records.Select((r, i) => new ScoredEnterprise(r, features[i].Values, scores[i]))]);
    }

    private sealed record ScoringKey(DateOnly AsOf, string RuleSetVersion, string ModelVersion, (long Count, DateTime Latest) Register);

    private sealed record Scoring(ScoringKey Key, Task<RegisterScores> Scores);
}
