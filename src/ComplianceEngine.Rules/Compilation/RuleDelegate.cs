using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Rules.Compilation;

/// <summary>A compiled condition or fact. Facility, emission and exceedance are null where the rule's scope has none.</summary>
public delegate T RuleDelegate<out T>(ComplianceRecord record, Facility? facility, Emission? emission, ExceedanceMonth? exceedance, ParameterSet parameters);
