namespace ComplianceEngine.Rules.Catalog;

/// <summary>
/// What one evaluation of a rule looks at: the record, each facility, each monthly emission, or each month of hourly
/// exceedances the monitoring store supplied (<see cref="Core.Monitoring.ExceedanceMonth"/>).
/// </summary>
public enum RuleScope
{
    Record,
    Facility,
    Emission,
    Exceedance,
}
