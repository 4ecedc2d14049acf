using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Output;

/// <summary>Counts by outcome and the most frequent findings with their citations: what an officer reads first.</summary>
internal static class SummaryWriter
{
    private static readonly Dictionary<Outcome, string> Chinese = new()
    {
        [Outcome.Approve] = "准予批准", [Outcome.Conditional] = "有条件批准", [Outcome.Reject] = "不予批准",
        [Outcome.Compliant] = "合规", [Outcome.Due] = "限期整改中", [Outcome.Noncompliant] = "不合规", [Outcome.Invalid] = "记录无效",
    };

    public static void Write(IReadOnlyList<EvaluationResult> results, RuleSet ruleSet, TextWriter w)
    {
        var asOf = results.Count > 0 ? results[0].AsOf.ToString("yyyy-MM-dd") : "-";
        w.WriteLine();
        w.WriteLine($"筛查汇总 Screening summary: {results.Count} records as of {asOf}, rule set {ruleSet.Version[..19]}… ({ruleSet.Rules.Count} rules)");
        foreach (var kind in results.GroupBy(r => r.Kind == "" ? "invalid" : r.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            w.WriteLine($"  {kind.Key} ({kind.Count()}):");
            foreach (var outcome in kind.GroupBy(r => r.Outcome).OrderBy(g => g.Key))
            {
                w.WriteLine($"    {CsvResultWriter.Word(outcome.Key),-13} {Chinese[outcome.Key],-6} {outcome.Count(),6}");
            }
        }

        var top = results.SelectMany(r => r.Findings.Select(f => (r.RecordId, Finding: f)))
            .GroupBy(x => x.Finding.RuleId)
            .Select(g => (Rule: g.First().Finding, Records: g.Select(x => x.RecordId).Distinct().Count(), Findings: g.Count()))
            .OrderBy(x => x.Rule.Severity == Severity.Advisory)
            .ThenByDescending(x => x.Records).ThenBy(x => x.Rule.RuleId, StringComparer.Ordinal)
            .Take(12)
            .ToArray();
        if (top.Length > 0)
        {
            w.WriteLine();
            w.WriteLine("最常见的发现 Most frequent findings (binding first, then advisories):");
            foreach (var (rule, records, findings) in top)
            {
                w.WriteLine($"  {rule.RuleId,-14} {CsvResultWriter.Word(rule.Severity),-11} {records,5} records {findings,5} findings");
                w.WriteLine($"      例 e.g. {(rule.FacilityId is null ? "" : rule.FacilityId + ": ")}{Shorten(rule.Message.Zh)}");
                w.WriteLine($"      依据 Basis: 《{rule.Citation.Document}》{rule.Citation.Clause}: “{Shorten(rule.Citation.Quote)}”");
            }
        }

        var invalid = results.Where(r => r.Outcome == Outcome.Invalid).ToArray();
        if (invalid.Length > 0)
        {
            w.WriteLine();
            w.WriteLine($"无效记录 Invalid records ({invalid.Length}):");
            foreach (var r in invalid.Take(10))
            {
                w.WriteLine($"  {(r.RecordId == "" ? "(no id)" : r.RecordId)}: {string.Join("; ", r.Errors.Take(3).Select(e => $"{e.Path}: {e.Reason}"))}");
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..89] + "…";
}
