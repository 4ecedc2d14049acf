using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Notices.Planning;

/// <summary>
/// One enterprise on an inspection list, with the findings that put it there and, when a risk model has scored it,
/// its score (estimated probability, 0–1, that an inspection finds a violation). <see cref="DrawnAtRandom"/>: drawn
/// by lot for the random share (双随机、一公开), listed whatever its findings so inspections also sample enterprises
/// the model ranks low.
/// </summary>
public sealed record InspectionEntry(EnterpriseRecord Enterprise, Outcome Outcome, IReadOnlyList<Finding> Findings, double? Score, bool DrawnAtRandom = false)
{
    /// <summary>
    /// The risk model's own reasons for <see cref="Score"/>: its largest feature contributions in plain words (Chinese
    /// and English), printed beside the rule findings. Empty when the model found no factor raising the estimate; null
    /// when no reasons were supplied (no model, or a caller that does not explain scores).
    /// </summary>
    public IReadOnlyList<LocalizedText>? ModelReasons { get; init; }
}
