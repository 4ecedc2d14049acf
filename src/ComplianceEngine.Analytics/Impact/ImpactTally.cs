using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Analytics.Impact;

/// <summary>
/// Folds record pairs (baseline result, candidate result) into running counts, in memory that grows with the number
/// of cities, sectors and rules, not records; returns the flip for a record whose outcome changed (and, with
/// <paramref name="changes"/>, a record whose findings changed under the same outcome, direction <c>unchanged</c>).
/// Not thread-safe: one caller adds in input order.
/// </summary>
public sealed class ImpactTally(string baselineVersion, string candidateVersion, DateOnly asOf, bool changes = false)
{
    private readonly Dictionary<string, Group> _cities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group> _sectors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Group> _families = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Firing> _rules = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private long _records, _invalid, _flips, _worse, _better, _changed;

    /// <summary>Adds one record's two results; the flip when its outcome differs, else null.</summary>
    public RecordFlip? Add(ParsedRecord parsed, EvaluationResult before, EvaluationResult after)
    {
        _records++;
        if (parsed.Record is not { } record)
        {
            _invalid++;
            return null;
        }

        Count(before.Findings, f => f.Before++, r => r.RecordsBefore++);
        Count(after.Findings, f => f.After++, r => r.RecordsAfter++);
        var causes = FindingDiff.Between(before.Findings, after.Findings);
        var flipped = before.Outcome != after.Outcome;
        var worse = flipped && OutcomeOrder.Rank(after.Outcome) > OutcomeOrder.Rank(before.Outcome);
        if (causes.Count > 0 && !flipped)
        {
            _changed++;
        }

        Tally(_cities, record.City, flipped, worse);
        foreach (var sector in record.Sectors)
        {
            Tally(_sectors, sector, flipped, worse);
        }

        foreach (var family in causes.Select(c => c.Family).Distinct(StringComparer.Ordinal))
        {
            Tally(_families, family, flipped, worse);
        }

        if (!flipped)
        {
            // A moved supervision deadline changes who is overdue (督办) without changing any outcome: shown on request.
            return changes && causes.Count > 0
                ? new RecordFlip(record.Id, before.Kind, record.Name, record.City, [.. record.Sectors.Order(StringComparer.Ordinal)], before.Outcome, after.Outcome, "unchanged", causes)
                : null;
        }

        _flips++;
        _ = worse ? _worse++ : _better++;
        return new RecordFlip(record.Id, before.Kind, record.Name, record.City, [.. record.Sectors.Order(StringComparer.Ordinal)],
            before.Outcome, after.Outcome, worse ? "worse" : "better", causes);
    }

    public ImpactSummary Summary() => new(baselineVersion, candidateVersion, asOf, _records, _invalid, _flips, _worse, _better, _changed,
        Rows(_cities), Rows(_sectors), Rows(_families),
        [.. _rules.Where(r => r.Value.Before != r.Value.After || r.Value.RecordsBefore != r.Value.RecordsAfter).OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new RuleFiring(r.Key, r.Value.Family, r.Value.RecordsBefore, r.Value.RecordsAfter, r.Value.Before, r.Value.After))]);

    private void Count(IReadOnlyList<Finding> findings, Action<Firing> finding, Action<Firing> record)
    {
        _seen.Clear();
        foreach (var f in findings)
        {
            if (!_rules.TryGetValue(f.RuleId, out var firing))
            {
                _rules[f.RuleId] = firing = new Firing(f.Family);
            }

            finding(firing);
            if (_seen.Add(f.RuleId))
            {
                record(firing);
            }
        }
    }

    private static void Tally(Dictionary<string, Group> groups, string key, bool flipped, bool worse)
    {
        if (!groups.TryGetValue(key, out var g))
        {
            groups[key] = g = new Group();
        }

        g.Records++;
        g.Flips += flipped ? 1 : 0;
        g.Worse += flipped && worse ? 1 : 0;
        g.Better += flipped && !worse ? 1 : 0;
    }

    private static GroupImpact[] Rows(Dictionary<string, Group> groups) =>
        [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new GroupImpact(g.Key, g.Value.Records, g.Value.Flips, g.Value.Worse, g.Value.Better))];

    private sealed class Group
    {
        public long Records, Flips, Worse, Better;
    }

    private sealed class Firing(string family)
    {
        public string Family { get; } = family;
        public long Before, After, RecordsBefore, RecordsAfter;
    }
}
