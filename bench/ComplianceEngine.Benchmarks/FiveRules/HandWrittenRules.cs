using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Benchmarks.FiveRules;

/// <summary>
/// Five catalog rules written by hand in C#, as a team without a rule engine would: conditions in code, limits and
/// deadlines from the catalog's own tables (<see cref="ParameterCatalog"/>), messages by interpolation. The yardstick
/// for the engine's overhead; not used by the product.
/// </summary>
internal sealed class HandWrittenRules
{
    private readonly ParameterCatalog _parameters;
    private readonly int _steelDeadline;
    private readonly int _vocDeadline;
    private readonly int _renewalLeadDays;

    public HandWrittenRules(ParameterCatalog parameters)
    {
        _parameters = parameters;
        _steelDeadline = Slot(parameters, "ultraLow.steel.deadline");
        _vocDeadline = Slot(parameters, "voc.bypass.deadline");
        _renewalLeadDays = Slot(parameters, "permit.renewal.leadDays");
    }

    public List<Finding> Evaluate(EnterpriseRecord r, DateOnly asOf)
    {
        var findings = new List<Finding>();
        var p = _parameters.For(r.City, asOf);
        if (r.Permit is null && (r.Sectors.Count > 0 || r.Facilities.Count > 0))
        {
            findings.Add(FiveRuleFindings.NoPermit());
        }

        if (r.Permit is { } permit && FiveRuleFindings.Lapsed(permit, asOf, p.NumAt(_renewalLeadDays)))
        {
            findings.Add(FiveRuleFindings.Expired(permit));
        }

        var steel = r.Sectors.Contains("steel");
        var voc = r.Sectors.Overlaps(FiveRuleFindings.VocSectors);
        foreach (var f in r.Facilities)
        {
            if (steel && FiveRuleFindings.SteelTypes.Contains(f.Type) && !f.UltraLowDone)
            {
                findings.Add(FiveRuleFindings.UltraLowDue(f, p.DateAt(_steelDeadline), asOf));
            }

            if (voc && FiveRuleFindings.VocTypes.Contains(f.Type) && f.HasBypass == true)
            {
                findings.Add(FiveRuleFindings.Bypass(f, p.DateAt(_vocDeadline), asOf));
            }
        }

        foreach (var e in r.Emissions)
        {
            if (!e.CountsOn(asOf))
            {
                continue;
            }

            var f = FacilityOf(r, e.FacilityId);
            if (f is not null && FiveRuleFindings.LimitTypes.Contains(f.Type)
                && FiveRuleFindings.LimitFinding(f, e, _parameters.For(r.City, asOf, e.Period)) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return findings;
    }

    internal static int Slot(ParameterCatalog parameters, string name) =>
        parameters.TryGet(name, out var slot, out _) ? slot : throw new InvalidOperationException($"the catalog has no parameter '{name}'");

    private static Facility? FacilityOf(EnterpriseRecord r, string id)
    {
        foreach (var f in r.Facilities)
        {
            if (f.Id == id)
            {
                return f;
            }
        }

        return null;
    }
}
