using ComplianceEngine.Rules.Compilation;

namespace ComplianceEngine.Rules.Evaluation;

/// <summary>The rules that apply to one combination of kind, sectors, city and as-of date, split by scope.</summary>
internal sealed record ApplicableRules(CompiledRule[] Record, CompiledRule[] Facility, CompiledRule[] Emission, CompiledRule[] Exceedance);
