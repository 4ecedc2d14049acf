namespace ComplianceEngine.Core.Evaluation;

/// <summary>One named sub-condition of a rule, its expression and whether it held for the record.</summary>
public sealed record ConditionTrace(string Name, string Expression, bool Held)
{
    /// <summary>The condition's name in Chinese, from the catalog; null on traces stored before it was recorded.</summary>
    public string? NameZh { get; init; }
}
