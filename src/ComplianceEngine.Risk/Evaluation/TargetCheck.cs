namespace ComplianceEngine.Risk.Evaluation;

/// <summary>One of the targets, what was measured and whether it was met.</summary>
public sealed record TargetCheck(string Name, string Target, string Measured, bool Met);
