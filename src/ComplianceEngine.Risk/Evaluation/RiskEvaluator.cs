using System.Globalization;
using ComplianceEngine.Risk.Data;
using ComplianceEngine.Risk.Training;

namespace ComplianceEngine.Risk.Evaluation;

/// <summary>Scores held-out inspections and computes the report's metrics with bootstrap intervals.</summary>
public static class RiskEvaluator
{
    public const double TopShare = 0.10;

    private static readonly int Overdue = Features.FeatureSchema.IndexOf("overdue.total");
    private static readonly int Penalties = Features.FeatureSchema.IndexOf("history.violations3y");

    /// <summary>The rule-only baseline an inspector could use without a model: overdue obligations plus past penalties.</summary>
    public static double RuleBaselineScore(float[] features) => features[Overdue] + features[Penalties];

    public static (EvaluationReport Report, double[] Scores) Evaluate(RiskModel model, IReadOnlyList<LabeledExample> test,
        DateOnly testFrom, DateOnly testBefore, int resamples = 500, int seed = 1)
    {
        if (test.Count == 0 || test.All(e => e.Label) || !test.Any(e => e.Label))
        {
            throw new InvalidOperationException($"need inspections with and without violations from {testFrom:yyyy-MM-dd} to {testBefore:yyyy-MM-dd} (found {test.Count})");
        }

        var scores = model.Score(test.Select(e => e.Features.Values).ToArray());
        var labels = test.Select(e => e.Label).ToArray();
        var baseline = test.Select(e => RuleBaselineScore(e.Features.Values)).ToArray();
        var truth = test.All(e => e.TrueProbability is not null) ? test.Select(e => e.TrueProbability!.Value).ToArray() : null;

        Dictionary<string, double> Compute(int[] idx)
        {
            var y = idx.Select(i => labels[i]).ToArray();
            var s = idx.Select(i => scores[i]).ToArray();
            var b = idx.Select(i => baseline[i]).ToArray();
            var rate = y.Average(l => l ? 1.0 : 0.0);
            var p10 = Metrics.PrecisionAtTop(s, y, TopShare);
            var b10 = Metrics.PrecisionAtTop(b, y, TopShare);
            var auc = Metrics.RocAuc(s, y);
            var m = new Dictionary<string, double>
            {
                ["model.rocAuc"] = auc,
                ["model.prAuc"] = Metrics.PrAuc(s, y),
                ["model.precisionAt10"] = p10,
                ["model.liftOverRandom"] = rate > 0 ? p10 / rate : double.NaN,
                ["model.liftOverRuleBaseline"] = b10 > 0 ? p10 / b10 : double.NaN,
                ["model.ece"] = Metrics.ExpectedCalibrationError(s, y),
                ["baseline.rocAuc"] = Metrics.RocAuc(b, y),
                ["baseline.precisionAt10"] = b10,
            };
            if (truth is not null)
            {
                var t = idx.Select(i => truth[i]).ToArray();
                var cAuc = Metrics.RocAuc(t, y);
                var c10 = Metrics.PrecisionAtTop(t, y, TopShare);
                m["ceiling.rocAuc"] = cAuc;
                m["ceiling.precisionAt10"] = c10;
                m["ceiling.ece"] = Metrics.ExpectedCalibrationError(t, y);
                m["model.rocAucShareOfCeiling"] = auc / cAuc;
                m["model.precisionAt10ShareOfCeiling"] = c10 > 0 ? p10 / c10 : double.NaN;
            }

            return m;
        }

        var all = Bootstrap.Estimate(test.Count, Compute, resamples, seed);
        IReadOnlyDictionary<string, MetricEstimate> Part(string prefix) =>
            all.Where(kv => kv.Key.StartsWith(prefix + ".", StringComparison.Ordinal)).ToDictionary(kv => kv.Key[(prefix.Length + 1)..], kv => kv.Value);

        var modelPart = Part("model");
        var report = new EvaluationReport
        {
            ModelVersion = model.Version,
            Trainer = model.Metadata.Trainer,
            TestFrom = testFrom,
            TestBefore = testBefore,
            Rows = test.Count,
            Violations = labels.Count(l => l),
            Resamples = resamples,
            Model = modelPart,
            RuleBaseline = Part("baseline"),
            Ceiling = truth is null ? null : Part("ceiling"),
            TrainingRows = model.Metadata.TrainingRows + model.Metadata.ValidationRows,
            Candidates = model.Metadata.Candidates,
            TrainingRowsWithLaterSnapshot = model.Metadata.SnapshotAfterInspectionRows,
            TestRowsWithLaterSnapshot = test.Count(e => e.SnapshotAfterInspection),
            Targets = Targets(modelPart, truth is not null),
            Charts = [],
        };
        return (report, scores);
    }

    private static List<TargetCheck> Targets(IReadOnlyDictionary<string, MetricEstimate> m, bool synthetic)
    {
        static string F(MetricEstimate e) => string.Create(CultureInfo.InvariantCulture, $"{e.Value:F3} [{e.Lower:F3}, {e.Upper:F3}]");
        var list = new List<TargetCheck>();
        if (synthetic)
        {
            list.Add(new("ROC AUC vs ceiling", "≥ 0.97 of the ceiling's", F(m["rocAucShareOfCeiling"]), m["rocAucShareOfCeiling"].Value >= 0.97));
            list.Add(new("precision@10% vs ceiling", "≥ 0.90 of the ceiling's", F(m["precisionAt10ShareOfCeiling"]), m["precisionAt10ShareOfCeiling"].Value >= 0.90));
        }

        var lift = m["liftOverRuleBaseline"];
        list.Add(new("lift over rule-only baseline", "≥ 1.2×, lower bound above 1.2", F(lift), lift.Value >= 1.2 && lift.Lower > 1.2));
        list.Add(new("expected calibration error", "≤ 0.03", F(m["ece"]), m["ece"].Value <= 0.03));
        return list;
    }
}
