namespace ComplianceEngine.Core.Evaluation;

/// <summary>One named sub-condition of a rule, its expression and whether it held for the record.</summary>
public sealed record ConditionTrace(string Name, string Expression, bool Held);
