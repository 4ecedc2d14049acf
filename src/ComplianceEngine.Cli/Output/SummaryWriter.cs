using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Notices.Templates;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Output;

/// <summary>
/// Counts by outcome and the most frequent findings with their citations: what an officer reads first. Kept as
/// running counts, so a summary of any number of records takes the same memory.
/// </summary>
internal sealed class SummaryWriter
{
    private const int InvalidShown = 10;

    private readonly Dictionary<string, Dictionary<OutcomeLabel, int>> _outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleCount> _rules = new(StringComparer.Ordinal);
    private readonly HashSet<string> _rulesOfRecord = new(StringComparer.Ordinal);
    private readonly List<EvaluationResult> _invalidShown = [];
    private int _count;
    private int _invalid;

    public void Add(EvaluationResult r)
    {
        _count++;
        var kind = r.Kind == "" ? "invalid" : r.Kind;
        if (!_outcomes.TryGetValue(kind, out var byOutcome))
        {
            _outcomes[kind] = byOutcome = [];
        }

        var label = OutcomeLabel.Of(r);
        byOutcome[label] = byOutcome.GetValueOrDefault(label) + 1;
        _rulesOfRecord.Clear();
        foreach (var f in r.Findings)
        {
            if (!_rules.TryGetValue(f.RuleId, out var rule))
            {
                _rules[f.RuleId] = rule = new RuleCount(f);
            }

            rule.Findings++;
            if (_rulesOfRecord.Add(f.RuleId))
            {
                rule.Records++;
            }
        }

        if (r.Outcome == Outcome.Invalid && _invalid++ < InvalidShown)
        {
            _invalidShown.Add(r);
        }
    }

    /// <summary>Writes the summary; <paramref name="asOf"/> is the date asked for, so an empty input still says which day it was screened for.</summary>
    public void Write(RuleSet ruleSet, DateOnly asOf, TextWriter w)
    {
        w.WriteLine();
        w.WriteLine($"筛查汇总 Screening summary: {_count} {Count.Word(_count, "record", "records")} as of {asOf:yyyy-MM-dd}, "
            + $"规则集 rule set {ruleSet.Version[..19]}… ({ruleSet.Rules.Count} {Count.Word(ruleSet.Rules.Count, "rule", "rules")})");
        foreach (var (kind, byOutcome) in _outcomes.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            w.WriteLine($"  {kind} ({byOutcome.Values.Sum()}):");
            foreach (var (label, count) in byOutcome.OrderBy(o => o.Key.Order))
            {
                w.WriteLine($"    {label.En,-20} {label.Zh,-6} {count,6}");
            }
        }

        var top = _rules.Values
            .OrderBy(x => x.First.Severity == Severity.Advisory)
            .ThenByDescending(x => x.Records).ThenBy(x => x.First.RuleId, StringComparer.Ordinal)
            .Take(12)
            .ToArray();
        if (top.Length > 0)
        {
            w.WriteLine();
            w.WriteLine("最常见的发现 Most frequent findings (binding first, then advisories):");
            foreach (var rule in top)
            {
                var f = rule.First;
                w.WriteLine($"  {f.RuleId,-14} {CsvResultWriter.Word(f.Severity),-11} {rule.Records,5} {Count.Word(rule.Records, "record", "records"),-7} {rule.Findings,5} {Count.Word(rule.Findings, "finding", "findings")}");
                var facility = f.FacilityId is null ? "" : f.FacilityId + ": ";
                w.WriteLine($"      例：{facility}{Shorten(f.Message.Zh)}");
                w.WriteLine($"      e.g. {facility}{Shorten(f.Message.En, 200)}");
                w.WriteLine($"      依据：《{f.Citation.Document}》{f.Citation.Clause}：“{Shorten(f.Citation.Quote)}”");
                w.WriteLine($"      Basis: {f.Citation.DocumentEn ?? f.Citation.Document}, {EnglishReferences.Clause(f.Citation.Clause)}: \"{Shorten(f.Citation.QuoteEn ?? f.Citation.Quote, 200)}\"");
            }
        }

        if (_invalid > 0)
        {
            w.WriteLine();
            w.WriteLine($"无效记录 Invalid records ({_invalid}):");
            foreach (var r in _invalidShown)
            {
                w.WriteLine($"  {(r.RecordId == "" ? "(no id)" : r.RecordId)}: {string.Join("; ", r.Errors.Take(3).Select(e => $"{e.Path}: {e.Reason}"))}");
            }
        }
    }

    private static string Shorten(string text, int max = 120) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>A rule's first finding (shown as the example), the records it fired for and its findings.</summary>
    private sealed class RuleCount(Finding first)
    {
        public Finding First { get; } = first;
        public int Records { get; set; }
        public int Findings { get; set; }
    }
}
