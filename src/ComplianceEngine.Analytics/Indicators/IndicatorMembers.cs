using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Catalog;

namespace ComplianceEngine.Analytics.Indicators;

/// <summary>
/// Which enterprises or facilities an indicator counts, and whether each is counted, from the record and its
/// screening result: the rules' own scope (kind, city, sectors, facility types, in force) decides membership, so an
/// indicator and the rules it rests on cannot disagree about whom they cover.
/// </summary>
public sealed class IndicatorMembers(IndicatorDefinition indicator, RuleSet ruleSet)
{
    private readonly RuleDefinition[] _rules = [.. ruleSet.Rules.Select(r => r.Definition).Where(r => indicator.Rules.Contains(r.Id))];

    public IndicatorDefinition Indicator { get; } = indicator;

    /// <summary>The sectors a member is reported under: those of the rules when they name some, else all of the record's.</summary>
    public IEnumerable<string> Sectors(ComplianceRecord record)
    {
        var scoped = _rules.SelectMany(r => r.Sectors).ToHashSet(StringComparer.Ordinal);
        var sectors = record.Sectors.Where(s => scoped.Count == 0 || scoped.Contains(s)).Order(StringComparer.Ordinal).ToArray();
        return sectors.Length > 0 ? sectors : ["other"];
    }

    /// <summary>For each member of the record as of the date: whether it is counted. Empty when the record has none.</summary>
    public IEnumerable<bool> Judge(EnterpriseRecord record, DateOnly asOf, EvaluationResult result)
    {
        var applying = _rules.Where(r => r.AppliesTo(RecordKind.Enterprise, record.City, asOf, record.InSector)).ToArray();
        if (_rules.Length > 0 && applying.Length == 0)
        {
            yield break;
        }

        var findings = result.Findings.Where(Counts).ToArray();
        if (Indicator.Subject == "enterprise")
        {
            yield return Counted(findings);
            yield break;
        }

        var max = MaxCapacity(record.City, asOf);
        foreach (var facility in record.Facilities)
        {
            if ((_rules.Length == 0 || applying.Any(r => r.FacilityTypes.Count == 0 || r.FacilityTypes.Contains(facility.Type)))
                && (Indicator.Filter.FacilityTypes.Count == 0 || Indicator.Filter.FacilityTypes.Contains(facility.Type))
                && (Indicator.Filter.Fuels.Count == 0 || (facility.Fuel is { } fuel && Indicator.Filter.Fuels.Contains(fuel)))
                && (max is not { } limit || (facility.CapacityTph is { } tph && tph <= limit))
                && (facility.CommissionedOn is not { } on || on <= asOf))
            {
                yield return Counted([.. findings.Where(f => f.FacilityId == facility.Id)]);
            }
        }
    }

    private bool Counts(Finding f) =>
        Indicator.Rules.Count > 0 ? Indicator.Rules.Contains(f.RuleId) : Indicator.Families.Count == 0 || Indicator.Families.Contains(f.Family);

    private bool Counted(IReadOnlyList<Finding> findings) => Indicator.Count switch
    {
        "without-findings" => findings.Count == 0,
        "with-findings" => findings.Count > 0,
        "overdue" => findings.Any(f => f.Overdue && f.Deadline is not null),
        _ => true,
    };

    private double? MaxCapacity(string city, DateOnly asOf)
    {
        if (Indicator.Filter.MaxCapacityTph is not { } max)
        {
            return null;
        }

        return double.TryParse(max, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : ruleSet.Parameters.For(city, asOf).Num(max);
    }
}
