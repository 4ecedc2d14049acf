using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Notices.Planning;

/// <summary>A record with its evaluation: the notice needs both (the name and permit from the record, the findings from the result).</summary>
public sealed record ScreenedRecord(ComplianceRecord Record, EvaluationResult Result);
