using System.Globalization;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Analytics.Impact;

/// <summary>The impact for a person: versions, totals, the first flips with their causes, and the tables by city, sector, family and rule.</summary>
public static class ImpactSummaryText
{
    public static void Write(TextWriter w, ImpactCatalogs catalogs, ImpactSummary s, IReadOnlyList<RecordFlip> shown)
    {
        w.WriteLine($"impact as of {s.AsOf:yyyy-MM-dd} 影响评估");
        w.WriteLine($"  baseline  {s.BaselineVersion} ({catalogs.Baseline.Directory})");
        w.WriteLine($"  candidate {s.CandidateVersion}" + (catalogs.Overrides.Count > 0 ? $" (overrides: {string.Join(", ", catalogs.Overrides)})" : ""));
        foreach (var warning in catalogs.Warnings)
        {
            w.WriteLine($"  warning: example no longer holds under the candidate: {warning}");
        }

        w.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"records {s.Records}, invalid {s.Invalid}; outcome flips 结论变化 {s.Flips} (worse 趋严 {s.Worse}, better 趋宽 {s.Better}); findings changed without a flip {s.FindingsChanged}"));
        if (shown.Count > 0)
        {
            w.WriteLine();
            w.WriteLine($"first {shown.Count} records (flips, and with --changes records whose findings changed):");
            foreach (var f in shown)
            {
                var outcome = f.Before == f.After ? $"{Word(f.Before)} (unchanged)" : $"{Word(f.Before)} → {Word(f.After)}";
                w.WriteLine($"  {f.RecordId} {f.Name} ({f.City}): {outcome}; {string.Join("; ", f.Causes.Select(ImpactCsvWriter.Describe))}");
            }
        }

        Table(w, "by city 按城市", s.ByCity.Where(g => g.Flips > 0));
        Table(w, "by sector 按行业", s.BySector.Where(g => g.Flips > 0));
        Table(w, "by family 按规则族 (records whose findings changed)", s.ByFamily);
        if (s.Rules.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("rules firing 规则触发 (records before → after, findings before → after):");
            foreach (var r in s.Rules)
            {
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {r.RuleId,-16} {r.RecordsBefore,7} → {r.RecordsAfter,-7} {r.FindingsBefore,7} → {r.FindingsAfter}"));
            }
        }
    }

    private static void Table(TextWriter w, string title, IEnumerable<GroupImpact> rows)
    {
        var list = rows.ToArray();
        if (list.Length == 0)
        {
            return;
        }

        w.WriteLine();
        w.WriteLine($"{title}: records, flips, worse, better");
        foreach (var g in list)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {g.Key,-20} {g.Records,8} {g.Flips,7} {g.Worse,7} {g.Better,7}"));
        }
    }

    private static string Word(Outcome o) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(o.ToString());
}
