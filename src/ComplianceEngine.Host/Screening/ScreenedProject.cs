using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Host.Screening;

/// <summary>One submitted record's result: its position in the submission, the result, and its audit-trail id (null when invalid).</summary>
public sealed record ScreenedProject(int Index, EvaluationResult Result, long? EvaluationId);
