namespace ComplianceEngine.Rules.Catalog;

/// <summary>
/// A named sub-condition (a RulesEngine child rule) and its expression. <see cref="NameZh"/> is its name in Chinese
/// (the child's <c>Properties.zh</c>), so Chinese output never shows the English name alone.
/// </summary>
public sealed record RuleCondition(string Name, string Expression, string NameZh);
