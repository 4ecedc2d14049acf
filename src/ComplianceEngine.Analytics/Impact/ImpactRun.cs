using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Screening;

namespace ComplianceEngine.Analytics.Impact;

/// <summary>
/// What a catalog change would do: every record judged under the baseline and the candidate through the screening
/// room (<see cref="RecordScreening"/>, the one evaluation path), compared, and folded into an
/// <see cref="ImpactTally"/>. Streams: flips are handed out as found, in input order, and memory does not grow with
/// the number of records.
/// </summary>
/// <param name="changes">Also hand out records whose findings changed without an outcome flip (direction <c>unchanged</c>).</param>
public sealed class ImpactRun(RuleSet baseline, RuleSet candidate, DateOnly asOf, bool changes = false)
{
    // Large enough to keep every core busy in RecordScreening.EvaluateBatch, small enough to hold two in memory.
    private const int ChunkSize = 4096;

    public RuleSet Baseline { get; } = baseline;
    public RuleSet Candidate { get; } = candidate;
    public DateOnly AsOf { get; } = asOf;

    /// <summary>
    /// Records read from files, with no store (no monitoring facts), on all cores; the next chunk is read while the
    /// last one is evaluated. An exception from reading (a broken file) comes out after the records before it were
    /// compared and their flips handed out.
    /// </summary>
    public ImpactSummary Compare(IEnumerable<ParsedRecord> records, Action<RecordFlip> flip, CancellationToken ct = default)
    {
        var tally = new ImpactTally(Baseline.Version, Candidate.Version, AsOf, changes);
        Task<Pair[]>? evaluating = null;
        ExceptionDispatchInfo? broken = null;
        foreach (var chunk in Chunks(records, e => broken = e))
        {
            ct.ThrowIfCancellationRequested();
            var next = Task.Run(() => Evaluate(chunk), ct);
            if (evaluating is not null)
            {
                Fold(tally, evaluating.GetAwaiter().GetResult(), flip);
            }

            evaluating = next;
        }

        if (evaluating is not null)
        {
            Fold(tally, evaluating.GetAwaiter().GetResult(), flip);
        }

        broken?.Throw();
        return tally.Summary();
    }

    /// <summary>
    /// Records a store holds (the register), each judged with its monitoring facts through <paramref name="screening"/>
    /// (which must keep nothing: an impact is a question, not a decision). Unreadable stored records count as invalid.
    /// </summary>
    public async Task<ImpactSummary> CompareAsync(IAsyncEnumerable<ParsedRecord> records, RecordScreening screening, Func<RecordFlip, ValueTask> flip,
        CancellationToken ct = default)
    {
        var tally = new ImpactTally(Baseline.Version, Candidate.Version, AsOf, changes);
        await foreach (var parsed in records.WithCancellation(ct))
        {
            var (before, after) = parsed is { IsValid: true, Record: { } record }
                ? (await screening.EvaluateAsync(Baseline, record, AsOf, ct), await screening.EvaluateAsync(Candidate, record, AsOf, ct))
                : (RecordScreening.Judge(Baseline, parsed, AsOf), RecordScreening.Judge(Candidate, parsed, AsOf));
            if (tally.Add(parsed, before, after) is { } flipped)
            {
                await flip(flipped);
            }
        }

        return tally.Summary();
    }

    /// <summary>The register's enterprises, then its projects, as one stream.</summary>
    public static async IAsyncEnumerable<ParsedRecord> Register(IRecordSource source, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var kind in new[] { "enterprise", "project" })
        {
            await foreach (var parsed in source.ReadAsync(kind, null, ct))
            {
                yield return parsed;
            }
        }
    }

    // Like Enumerable.Chunk, but a reading failure ends the stream after the records read before it.
    private static IEnumerable<ParsedRecord[]> Chunks(IEnumerable<ParsedRecord> records, Action<ExceptionDispatchInfo> failed)
    {
        using var reading = records.GetEnumerator();
        var chunk = new List<ParsedRecord>(ChunkSize);
        while (true)
        {
            bool more;
            try
            {
                more = reading.MoveNext();
            }
            catch (Exception e)
            {
                failed(ExceptionDispatchInfo.Capture(e));
                more = false;
            }

            if (more)
            {
                chunk.Add(reading.Current);
            }

            if (chunk.Count == ChunkSize || (!more && chunk.Count > 0))
            {
                yield return [.. chunk];
                chunk.Clear();
            }

            if (!more)
            {
                yield break;
            }
        }
    }

    private Pair[] Evaluate(ParsedRecord[] chunk)
    {
        var before = RecordScreening.EvaluateBatch(Baseline, chunk, AsOf);
        var after = RecordScreening.EvaluateBatch(Candidate, chunk, AsOf);
        var pairs = new Pair[chunk.Length];
        for (var i = 0; i < chunk.Length; i++)
        {
            pairs[i] = new Pair(chunk[i], before[i], after[i]);
        }

        return pairs;
    }

    private static void Fold(ImpactTally tally, Pair[] pairs, Action<RecordFlip> flip)
    {
        foreach (var (parsed, before, after) in pairs)
        {
            if (tally.Add(parsed, before, after) is { } flipped)
            {
                flip(flipped);
            }
        }
    }

    private readonly record struct Pair(ParsedRecord Parsed, EvaluationResult Before, EvaluationResult After);
}
