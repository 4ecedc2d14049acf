using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Risk.Features;

/// <summary>
/// Computes the risk features of an enterprise as of a date from its record and the engine's findings for it on
/// that date: the only way features are made, for training and for scoring. The record must be the snapshot as of
/// that date (its history counts are taken as given); emissions with later periods are ignored by the engine, and
/// facility completions and permits dated after the as-of date are treated as not yet there.
/// </summary>
public sealed class FeatureExtractor(RuleSet rules)
{
    private static readonly Dictionary<string, int> Index = FeatureSchema.Names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);

    public FeatureVector Compute(EnterpriseRecord record, DateOnly asOf) => FromFindings(record, rules.Evaluate(record, asOf), asOf);

    /// <summary>Features for many enterprises, each with its own as-of date, on all cores; results keep the input order.</summary>
    public FeatureVector[] ComputeAll(IReadOnlyList<(EnterpriseRecord Record, DateOnly AsOf)> items)
    {
        var result = new FeatureVector[items.Count];
        if (result.Length == 0)
        {
            // Partitioner.Create refuses an empty range (no inspection with an earlier snapshot, an empty input).
            return result;
        }

        Parallel.ForEach(Partitioner.Create(0, items.Count, 1024), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                result[i] = Compute(items[i].Record, items[i].AsOf);
            }
        });
        return result;
    }

    public FeatureVector[] ComputeAll(IReadOnlyList<EnterpriseRecord> records, DateOnly asOf) =>
        ComputeAll(records.Select(r => (r, asOf)).ToArray());

    public static FeatureVector FromFindings(EnterpriseRecord record, EvaluationResult result, DateOnly asOf)
    {
        var v = new float[FeatureSchema.Count];
        var maxDays = 0;
        var maxRatio = 0.0;
        foreach (var f in result.Findings)
        {
            v[Index["findings." + f.Severity.ToString().ToLowerInvariant()]]++;
            if (Index.TryGetValue("family." + f.Family, out var family))
            {
                v[family]++;
            }

            if (f.Severity == Severity.Obligation && f.Overdue)
            {
                v[Index["overdue.total"]]++;
                if (Index.TryGetValue("overdue." + f.Family, out var overdue))
                {
                    v[overdue]++;
                }

                if (f.Deadline is { } deadline && deadline < asOf)
                {
                    maxDays = Math.Max(maxDays, asOf.DayNumber - deadline.DayNumber);
                }
            }

            if (f.Family == "limits" && Number(f.Facts, "concentration") is { } c && Number(f.Facts, "limit") is { } limit && limit > 0)
            {
                maxRatio = Math.Max(maxRatio, c / limit);
                v[Index["limits.exceedances"]]++;
            }
        }

        v[Index["overdue.maxDays"]] = maxDays;
        v[Index["limits.exceedanceRatio"]] = (float)maxRatio;
        v[Index["permit." + PermitState.Of(record.Permit, asOf)]] = 1;
        if (record.Permit is { } permit && Index.TryGetValue("management." + permit.ManagementClass, out var management))
        {
            v[management] = 1;
        }

        var history = record.History;
        v[Index["history.violations3y"]] = history?.Violations3y ?? 0;
        v[Index["history.inspections3y"]] = history?.Inspections3y ?? 0;
        v[Index["history.complaints12m"]] = history?.Complaints12m ?? 0;

        // Ordinal green 0 … black 4; a missing rating counts as blue, the most common one.
        var rating = history?.CreditRating is { } r ? Array.IndexOf(ContractValues.CreditRatings, r) : -1;
        v[Index["history.creditRating"]] = rating < 0 ? 1 : rating;

        v[Index["record.facilities"]] = record.Facilities.Count;
        v[Index["record.unfinishedRetrofits"]] = record.Facilities.Count(f =>
            f.UltraLowStatus is "in-progress" or "not-started" || (f.UltraLowStatus == "completed" && f.UltraLowCompletedOn > asOf));
        v[Index["record.bypasses"]] = record.Facilities.Count(f => f.HasBypass == true);
        v[Index["record.untreatedVoc"]] = record.Facilities.Count(f => f.VocTreated == false);
        foreach (var sector in record.Sectors)
        {
            if (Index.TryGetValue("sector." + sector, out var s))
            {
                v[s] = 1;
            }
        }

        if (Index.TryGetValue("city." + record.City, out var city))
        {
            v[city] = 1;
        }

        return new FeatureVector(record.Id, asOf, v);
    }

    private static double? Number(IReadOnlyDictionary<string, object?> facts, string name) => facts.GetValueOrDefault(name) switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        IConvertible c when c is not string => c.ToDouble(CultureInfo.InvariantCulture),
        _ => null,
    };
}
