using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Host.Catalog;
using ComplianceEngine.Risk.Features;
using ComplianceEngine.Risk.Ranking;
using Npgsql;

namespace ComplianceEngine.Host.Risk;

/// <summary>
/// Scores the whole register with the risk model as of a date: the stored records, their rule findings as features
/// (exactly as in training), one batch transform. Null when no model is configured.
/// </summary>
public sealed class RiskRegister(NpgsqlDataSource dataSource, RuleSetHolder catalog, RiskModelHolder models)
{
    public async Task<RegisterScores?> ScoreAsync(DateOnly asOf, CancellationToken ct)
    {
        if (models.Model is not { } model)
        {
            return null;
        }

        var ruleSet = catalog.Current;
        var records = new List<EnterpriseRecord>();
        await foreach (var parsed in new StoredRecords(dataSource).ReadAsync("enterprise", null, ct))
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
}
