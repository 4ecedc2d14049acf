using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Screening;

namespace ComplianceEngine.Analytics.Indicators;

/// <summary>
/// Computes indicators from records screened through the screening room as of each date of a series: the findings
/// an indicator counts are the ones every other door sees. Streams: records are read once, in chunks, and only
/// counts are kept.
/// </summary>
public sealed class IndicatorRun(RuleSet ruleSet, IReadOnlyList<IndicatorDefinition> indicators, IReadOnlyList<DateOnly> dates)
{
    private const int ChunkSize = 4096;

    /// <summary>Records read from files, screened with no store (no monitoring facts) on all cores.</summary>
    public IReadOnlyList<IndicatorValue> Compute(IEnumerable<ParsedRecord> records, CancellationToken ct = default)
    {
        var tally = new IndicatorTally(ruleSet, indicators, dates);
        foreach (var chunk in records.Where(r => r.Record is EnterpriseRecord).Chunk(ChunkSize))
        {
            foreach (var date in dates)
            {
                ct.ThrowIfCancellationRequested();
                var results = RecordScreening.EvaluateBatch(ruleSet, chunk, date);
                for (var i = 0; i < chunk.Length; i++)
                {
                    tally.Add(chunk[i].Record!, results[i]);
                }
            }
        }

        return tally.Values();
    }

    /// <summary>The register's enterprises, each screened with its monitoring facts through <paramref name="screening"/> (which must keep nothing).</summary>
    public async Task<IReadOnlyList<IndicatorValue>> ComputeAsync(IRecordSource register, RecordScreening screening, CancellationToken ct = default)
    {
        var tally = new IndicatorTally(ruleSet, indicators, dates);
        await foreach (var parsed in register.ReadAsync("enterprise", null, ct))
        {
            if (parsed is { IsValid: true, Record: { } record })
            {
                foreach (var date in dates)
                {
                    tally.Add(record, await screening.EvaluateAsync(ruleSet, record, date, ct));
                }
            }
        }

        return tally.Values();
    }

    /// <summary>
    /// A series of dates: <paramref name="from"/>, then every <paramref name="every"/> (<c>month</c>, <c>quarter</c>
    /// or <c>year</c>) up to <paramref name="to"/>, which is always the last; at most 240 dates.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown step, <paramref name="to"/> before <paramref name="from"/>, or too many dates.</exception>
    public static IReadOnlyList<DateOnly> Series(DateOnly from, DateOnly to, string every)
    {
        var months = every switch
        {
            "month" => 1,
            "quarter" => 3,
            "year" => 12,
            _ => throw new ArgumentException($"every '{every}': expected month, quarter or year"),
        };
        if (to < from)
        {
            throw new ArgumentException($"the series ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd})");
        }

        var dates = new List<DateOnly>();
        for (var d = from; d < to; d = d.AddMonths(months))
        {
            dates.Add(d);
            if (dates.Count > 240)
            {
                throw new ArgumentException("a series has at most 240 dates; take a longer step");
            }
        }

        dates.Add(to);
        return dates;
    }
}
