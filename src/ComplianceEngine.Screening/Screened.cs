using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Screening;

/// <summary>A record and its result; <see cref="EvaluationId"/> is the audit trail's id when the result was stored.</summary>
public sealed record Screened(ComplianceRecord Record, EvaluationResult Result, long? EvaluationId);
