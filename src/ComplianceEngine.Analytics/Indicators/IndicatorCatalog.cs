using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Analytics.Indicators;

/// <summary>
/// The indicators beside the catalog (<c>rules/indicators/*.json</c>, <c>{"indicators": [...]}</c>), checked against
/// the rule set they are computed with: rules and parameters they name exist, the target's sentence is verbatim in
/// its source. Every problem is a <see cref="CatalogIssue"/> with file, indicator and reason.
/// </summary>
public sealed class IndicatorCatalog
{
    public const string Folder = "indicators";

    private static readonly string[] Subjects = ["enterprise", "facility"];
    private static readonly string[] Counts = ["members", "without-findings", "with-findings", "overdue"];
    private static readonly string[] Units = ["share", "count"];

    private IndicatorCatalog(IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyList<CatalogIssue> issues)
    {
        Indicators = indicators;
        Issues = issues;
    }

    public IReadOnlyList<IndicatorDefinition> Indicators { get; }
    public IReadOnlyList<CatalogIssue> Issues { get; }

    /// <summary>The indicators in <paramref name="rulesDirectory"/>/indicators (none when the folder is absent), checked against <paramref name="ruleSet"/>.</summary>
    public static IndicatorCatalog Read(string rulesDirectory, RuleSet ruleSet)
    {
        var folder = Path.Combine(rulesDirectory, Folder);
        var issues = new List<CatalogIssue>();
        var indicators = new List<IndicatorDefinition>();
        if (!Directory.Exists(folder))
        {
            // Indicators are optional beside a catalog: none defined is not a problem.
            return new IndicatorCatalog([], []);
        }

        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var file = $"{Folder}/{Path.GetFileName(path)}";
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
                var i = 0;
                foreach (var item in doc.RootElement.GetProperty("indicators").EnumerateArray())
                {
                    var where = item.TryGetProperty("id", out var id) ? id.GetString() ?? $"$.indicators[{i}]" : $"$.indicators[{i}]";
                    var before = issues.Count;
                    var indicator = Parse(item, file, where, issues);
                    if (issues.Count == before)
                    {
                        Check(indicator, ruleSet, issues);
                        indicators.Add(indicator);
                    }

                    i++;
                }
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                issues.Add(new CatalogIssue(file, null, "not an indicators file ({\"indicators\": [...]}): " + e.Message));
            }
        }

        foreach (var twice in indicators.GroupBy(d => d.Id).Where(g => g.Count() > 1))
        {
            issues.Add(new CatalogIssue(twice.First().File, twice.Key, "indicator id used twice"));
        }

        return new IndicatorCatalog(indicators, issues);
    }

    private static IndicatorDefinition Parse(JsonElement e, string file, string where, List<CatalogIssue> issues)
    {
        string Text(JsonElement o, string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : Missing(name);
        string Missing(string name)
        {
            issues.Add(new CatalogIssue(file, where, $"'{name}' is required (a string)"));
            return "";
        }

        static string[] List(JsonElement o, string name) =>
            o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray().Select(x => x.GetString() ?? "")] : [];

        var name = e.GetProperty("name");
        var filter = e.TryGetProperty("filter", out var f) ? f : default;
        var target = e.GetProperty("target");
        var max = filter.ValueKind == JsonValueKind.Object && filter.TryGetProperty("maxCapacityTph", out var m)
            ? m.ValueKind == JsonValueKind.Number ? m.GetDouble().ToString(CultureInfo.InvariantCulture) : m.GetString()
            : null;
        var indicator = new IndicatorDefinition(
            Text(e, "id"), new LocalizedText(Text(name, "zh"), Text(name, "en")), Text(e, "subject"), List(e, "rules"), List(e, "families"),
            new IndicatorFilter(filter.ValueKind == JsonValueKind.Object ? List(filter, "facilityTypes") : [],
                filter.ValueKind == JsonValueKind.Object ? List(filter, "fuels") : [], max),
            Text(e, "count"), Text(e, "unit"),
            new IndicatorTarget(target.GetProperty("value").GetDouble(),
                target.TryGetProperty("by", out var by) && by.ValueKind == JsonValueKind.String ? DateOnly.ParseExact(by.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                Text(target, "direction"), Text(target, "source"), Text(target, "clause"), Text(target, "quote")),
            file);
        foreach (var (value, allowed, field) in new[] { (indicator.Subject, Subjects, "subject"), (indicator.Count, Counts, "count"), (indicator.Unit, Units, "unit"), (indicator.Target.Direction, ["up", "down"], "target.direction") })
        {
            if (value.Length > 0 && !allowed.Contains(value))
            {
                issues.Add(new CatalogIssue(file, where, $"{field} '{value}' is not one of {string.Join(", ", allowed)}"));
            }
        }

        return indicator;
    }

    private static void Check(IndicatorDefinition d, RuleSet ruleSet, List<CatalogIssue> issues)
    {
        var known = ruleSet.Rules.Select(r => r.Definition.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var unknown in d.Rules.Where(r => !known.Contains(r)))
        {
            issues.Add(new CatalogIssue(d.File, d.Id, $"names unknown rule '{unknown}'"));
        }

        if (d.Filter.MaxCapacityTph is { } max && !double.TryParse(max, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            && !(ruleSet.Parameters.TryGet(max, out _, out var parameter) && parameter.Type == ParameterType.Number))
        {
            issues.Add(new CatalogIssue(d.File, d.Id, $"filter.maxCapacityTph '{max}' is neither a number nor a number parameter of the catalog"));
        }

        if (!ruleSet.Sources.TryGetValue(d.Target.Source, out var source))
        {
            issues.Add(new CatalogIssue(d.File, d.Id, $"target.source '{d.Target.Source}' is not a source document (rules/sources/sources.json)"));
        }
        else if (!source.Contains(d.Target.Quote))
        {
            issues.Add(new CatalogIssue(d.File, d.Id, $"target.quote is not verbatim in source {d.Target.Source} ({source.Title})"));
        }
    }
}
