using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Host.Enforcement;

/// <summary>
/// A missing decisive value (ADR 0008) is found once per emission a rule reads it for, so a boiler without its
/// commissioning date gives one LIM-STD-01 finding per pollutant and month. A person needs it once: one row per
/// missing fact (rule, facility, fields), the first finding standing for the rest.
/// </summary>
public static class MissingFacts
{
    public static IEnumerable<Finding> OnePerFact(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var seen = new HashSet<(string, string?, string)>();
        foreach (var f in findings)
        {
            if (f.Severity != Severity.Missing || seen.Add((f.RuleId, f.FacilityId, string.Join('\n', f.MissingFields))))
            {
                yield return f;
            }
        }
    }
}
