namespace ComplianceEngine.Risk.Training;

/// <summary>The sidecar JSON saved beside a model's <c>.zip</c>: what it was trained on, how, and how well it did.</summary>
public sealed record ModelMetadata
{
    public required string FeatureSchemaVersion { get; init; }
    public required string FeatureSchemaFingerprint { get; init; }
    public required IReadOnlyList<string> FeatureNames { get; init; }

    /// <summary>SHA-256 over the training and validation examples (enterprise, date, label, features) in order.</summary>
    public required string TrainingDataHash { get; init; }
    public required int TrainingRows { get; init; }
    public required int ValidationRows { get; init; }

    /// <summary>Only inspections before this date were used (the <c>--as-of</c> of <c>risk train</c>).</summary>
    public required DateOnly TrainedBefore { get; init; }

    /// <summary>Inspections from this date up to <see cref="TrainedBefore"/> chose the trainer and fitted the calibrator.</summary>
    public required DateOnly ValidationFrom { get; init; }

    /// <summary>Training and validation inspections whose features came from a snapshot taken after them (leakage risk); 0 in older sidecars.</summary>
    public int SnapshotAfterInspectionRows { get; init; }
    public required string Trainer { get; init; }
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }
    public required string Calibrator { get; init; }
    public required IReadOnlyList<CandidateResult> Candidates { get; init; }
    public required IReadOnlyDictionary<string, double> Metrics { get; init; }
    public required string RuleSetVersion { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
}
