using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Notices.Planning;

/// <summary>
/// One enterprise on an inspection list, with the findings that put it there and, when a risk model has scored it,
/// its score (estimated probability, 0–1, that an inspection finds a violation). <see cref="DrawnAtRandom"/>: drawn
/// by lot for the random share (双随机、一公开), listed whatever its findings so inspections also sample enterprises
/// the model ranks low.
/// </summary>
public sealed record InspectionEntry(EnterpriseRecord Enterprise, Outcome Outcome, IReadOnlyList<Finding> Findings, double? Score, bool DrawnAtRandom = false);
