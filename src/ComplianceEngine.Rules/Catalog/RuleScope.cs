namespace ComplianceEngine.Rules.Catalog;

/// <summary>What one evaluation of a rule looks at: the record, each facility, or each monthly emission.</summary>
public enum RuleScope
{
    Record,
    Facility,
    Emission,
}
