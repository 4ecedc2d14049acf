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

    public required IReadOnlyList<TargetCheck> Targets { get; init; }
    public required IReadOnlyList<string> Charts { get; init; }
}
