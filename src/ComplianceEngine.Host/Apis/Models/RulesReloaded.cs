namespace ComplianceEngine.Host.Apis.Models;

/// <summary>A reload that was accepted: the rule-set version served before and now (content hashes), and whether they differ.</summary>
public sealed record RulesReloaded(string PreviousRuleSetVersion, string RuleSetVersion, bool Changed);
