using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Notices.Planning;

/// <summary>One enterprise on an inspection list, with the findings that put it there and, when a risk model has scored it, its score.</summary>
public sealed record InspectionEntry(EnterpriseRecord Enterprise, Outcome Outcome, IReadOnlyList<Finding> Findings, double? Score);
