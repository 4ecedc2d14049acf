namespace ComplianceEngine.Rules.Catalog;

/// <summary>A named sub-condition (a RulesEngine child rule) and its expression.</summary>
public sealed record RuleCondition(string Name, string Expression);
