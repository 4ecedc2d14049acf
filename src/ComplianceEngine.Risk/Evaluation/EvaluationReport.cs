using System.Globalization;

namespace ComplianceEngine.Risk.Evaluation;

/// <summary>
/// How the model did on inspections it could not have seen (dated from its training cut-off up to the evaluation
/// date): the model's metrics, the rule-only baseline's, and on synthetic data the ceiling set by the generator's
/// true probabilities, each with a bootstrap interval; and the targets.
/// </summary>
public sealed record EvaluationReport
{
    public required string ModelVersion { get; init; }
    public required string Trainer { get; init; }
    public required DateOnly TestFrom { get; init; }
    public required DateOnly TestBefore { get; init; }
    public required int Rows { get; init; }
    public required int Violations { get; init; }
    public required int Resamples { get; init; }

    /// <summary>rocAuc, prAuc, precisionAt10, liftOverRandom, liftOverRuleBaseline, ece; and when the true probability is known, rocAucShareOfCeiling and precisionAt10ShareOfCeiling.</summary>
    public required IReadOnlyDictionary<string, MetricEstimate> Model { get; init; }

    /// <summary>Score = overdue obligations + penalties in 3 years: rocAuc, precisionAt10.</summary>
    public required IReadOnlyDictionary<string, MetricEstimate> RuleBaseline { get; init; }

    /// <summary>The generator's true probability as the score (synthetic data only): rocAuc, precisionAt10, ece.</summary>
    public IReadOnlyDictionary<string, MetricEstimate>? Ceiling { get; init; }

    /// <summary>The model's training: rows and each candidate's validation AUC and fit time, from its metadata.</summary>
    public required int TrainingRows { get; init; }
    public required IReadOnlyList<Training.CandidateResult> Candidates { get; init; }

    /// <summary>
    /// Training and test inspections whose features came from a snapshot taken after them (a contract-shaped file
    /// without <c>snapshotDate</c>, dated by <c>--snapshot-date</c>): the leakage risk the report states.
    /// </summary>
    public int TrainingRowsWithLaterSnapshot { get; init; }
    public int TestRowsWithLaterSnapshot { get; init; }

    /// <summary>The leakage risk of features taken from snapshots dated after the inspections (English, then Chinese); null when none were.</summary>
    public string? LeakageRisk => TrainingRowsWithLaterSnapshot == 0 && TestRowsWithLaterSnapshot == 0 ? null : string.Create(CultureInfo.InvariantCulture,
        $"{TrainingRowsWithLaterSnapshot} of {TrainingRows} training inspections and {TestRowsWithLaterSnapshot} of {Rows} test inspections ")
        + "take their features from a snapshot taken after the inspection (enterprise records without snapshotDate, dated by --snapshot-date). "
        + "Such a record may already show what the inspection found: the penalty it led to in history.violations3y, a lowered credit "
        + "rating, a retrofit completed after an order. The model can learn from the outcome itself, and these metrics are optimistic. "
        + "Train and evaluate on snapshots dated before the inspections (records with snapshotDate) to remove this risk. "
        + "数据泄漏风险：部分检查样本的特征取自检查日期之后的企业快照，记录中可能已包含该次检查的结果，上述指标偏乐观。";

    public required IReadOnlyList<TargetCheck> Targets { get; init; }
    public required IReadOnlyList<string> Charts { get; init; }
}
