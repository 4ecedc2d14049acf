using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Screening.Monitoring;

/// <summary>The emission limits of a rule set: the same entries, validated by the catalog loader, that <c>p.Limit</c> judges monthly averages by.</summary>
public sealed class LimitCatalog(IReadOnlyList<EmissionLimit> limits)
{
    public IReadOnlyList<EmissionLimit> Limits { get; } = limits;

    public static LimitCatalog From(Rules.RuleSet ruleSet) => new(ruleSet.Parameters.Limits);

    public IEnumerable<EmissionLimit> Applicable(string regime, string facilityType, string? fuel, string pollutant, string city) =>
        Limits.Where(l => l.Regime == regime && l.Covers(facilityType, fuel, pollutant, city));
}
