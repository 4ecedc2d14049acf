using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Output;

/// <summary>
/// Counts by outcome and the most frequent findings with their citations: what an officer reads first. Kept as
/// running counts, so a summary of any number of records takes the same memory.
/// </summary>
internal sealed class SummaryWriter
{
    private const int InvalidShown = 10;

    private static readonly Dictionary<Outcome, string> Chinese = new()
    {
        [Outcome.Approve] = "准予批准", [Outcome.Conditional] = "有条件批准", [Outcome.Reject] = "不予批准",
        [Outcome.Compliant] = "合规", [Outcome.Due] = "限期整改中", [Outcome.Noncompliant] = "不合规", [Outcome.Invalid] = "记录无效",
    };

    private readonly Dictionary<string, Dictionary<Outcome, int>> _outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleCount> _rules = new(StringComparer.Ordinal);
    private readonly HashSet<string> _rulesOfRecord = new(StringComparer.Ordinal);
    private readonly List<EvaluationResult> _invalidShown = [];
    private int _count;
    private int _invalid;
    private DateOnly? _asOf;

    public void Add(EvaluationResult r)
    {
        _count++;
        _asOf ??= r.AsOf;
        var kind = r.Kind == "" ? "invalid" : r.Kind;
        if (!_outcomes.TryGetValue(kind, out var byOutcome))
        {
            _outcomes[kind] = byOutcome = [];
        }

        byOutcome[r.Outcome] = byOutcome.GetValueOrDefault(r.Outcome) + 1;
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

    public void Write(RuleSet ruleSet, TextWriter w)
    {
        var asOf = _asOf is { } date ? date.ToString("yyyy-MM-dd") : "-";
        w.WriteLine();
        w.WriteLine($"筛查汇总 Screening summary: {_count} records as of {asOf}, rule set {ruleSet.Version[..19]}… ({ruleSet.Rules.Count} rules)");
        foreach (var (kind, byOutcome) in _outcomes.OrderBy(k => k.Key, StringComparer.Ordinal))
        {
            w.WriteLine($"  {kind} ({byOutcome.Values.Sum()}):");
            foreach (var (outcome, count) in byOutcome.OrderBy(o => o.Key))
            {
                w.WriteLine($"    {CsvResultWriter.Word(outcome),-13} {Chinese[outcome],-6} {count,6}");
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
                w.WriteLine($"  {f.RuleId,-14} {CsvResultWriter.Word(f.Severity),-11} {rule.Records,5} records {rule.Findings,5} findings");
                w.WriteLine($"      例 e.g. {(f.FacilityId is null ? "" : f.FacilityId + ": ")}{Shorten(f.Message.Zh)}");
                w.WriteLine($"      依据 Basis: 《{f.Citation.Document}》{f.Citation.Clause}: “{Shorten(f.Citation.Quote)}”");
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

    private static string Shorten(string text) => text.Length <= 90 ? text : text[..89] + "…";

    /// <summary>A rule's first finding (shown as the example), the records it fired for and its findings.</summary>
    private sealed class RuleCount(Finding first)
    {
        public Finding First { get; } = first;
        public int Records { get; set; }
        public int Findings { get; set; }
    }
}
