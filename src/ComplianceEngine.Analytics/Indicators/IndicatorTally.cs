using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Places;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Analytics.Indicators;

/// <summary>
/// Running counts per indicator, date, city and sector; memory grows with those, not with records. Every one of the
/// eleven cities gets a row for every indicator and date, with zero members where it has none. Not thread-safe.
/// </summary>
public sealed class IndicatorTally(RuleSet ruleSet, IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyList<DateOnly> dates)
{
    public const string AllSectors = "*";

    private readonly IndicatorMembers[] _members = [.. indicators.Select(i => new IndicatorMembers(i, ruleSet))];
    private readonly Dictionary<(string Indicator, DateOnly AsOf, string City, string Sector), long[]> _counts = [];

    public IReadOnlyList<DateOnly> Dates { get; } = dates;

    /// <summary>Adds one record's screening as of one of <see cref="Dates"/>; projects and invalid records count for nothing.</summary>
    public void Add(ComplianceRecord record, EvaluationResult result)
    {
        if (record is not EnterpriseRecord enterprise || result.Outcome == Outcome.Invalid)
        {
            return;
        }

        foreach (var members in _members)
        {
            long counted = 0, total = 0;
            foreach (var isCounted in members.Judge(enterprise, result.AsOf, result))
            {
                total++;
                counted += isCounted ? 1 : 0;
            }

            if (total == 0)
            {
                continue;
            }

            var id = members.Indicator.Id;
            Bump((id, result.AsOf, enterprise.City, AllSectors), counted, total);
            Bump((id, result.AsOf, JiangxiDivisions.ProvinceName, AllSectors), counted, total);
            foreach (var sector in members.Sectors(enterprise))
            {
                Bump((id, result.AsOf, enterprise.City, sector), counted, total);
                Bump((id, result.AsOf, JiangxiDivisions.ProvinceName, sector), counted, total);
            }
        }
    }

    /// <summary>The values: by indicator (file order), date, then the province, the cities in code order, and sectors (<c>*</c> first).</summary>
    public IReadOnlyList<IndicatorValue> Values()
    {
        var cities = new[] { JiangxiDivisions.ProvinceName }.Concat(JiangxiDivisions.Cities.Select(c => c.Name)).ToArray();
        var rows = new List<IndicatorValue>();
        foreach (var indicator in indicators)
        {
            foreach (var date in Dates)
            {
                foreach (var city in cities)
                {
                    var sectors = _counts.Keys.Where(k => k.Indicator == indicator.Id && k.AsOf == date && k.City == city && k.Sector != AllSectors)
                        .Select(k => k.Sector).Order(StringComparer.Ordinal);
                    foreach (var sector in sectors.Prepend(AllSectors))
                    {
                        var c = _counts.GetValueOrDefault((indicator.Id, date, city, sector)) ?? [0, 0];
                        rows.Add(Value(indicator, date, city, sector, c[0], c[1]));
                    }
                }
            }
        }

        return rows;
    }

    private static IndicatorValue Value(IndicatorDefinition d, DateOnly date, string city, string sector, long counted, long members)
    {
        double? value = d.Unit == "share" ? members == 0 ? null : (double)counted / members : counted;
        double? gap = value is not { } v ? null : d.Target.Direction == "up" ? Math.Max(0, d.Target.Value - v) : Math.Max(0, v - d.Target.Value);
        return new IndicatorValue(d.Id, date, city, sector, counted, members, value, gap);
    }

    private void Bump((string, DateOnly, string, string) key, long counted, long total)
    {
        if (!_counts.TryGetValue(key, out var c))
        {
            _counts[key] = c = new long[2];
        }

        c[0] += counted;
        c[1] += total;
    }
}
