using System.Runtime.CompilerServices;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Screening;

/// <summary>
/// Screens records a store holds (the register): each is read back, screened and stored through
/// <see cref="RecordScreening"/>. Used by <c>db evaluate</c> and every job that judges the register.
/// </summary>
public sealed class StoredScreening(IRecordSource records, RecordScreening screening)
{
    /// <summary>
    /// Enterprises per monitoring question and per write of results (one transaction): few round trips, and a batch
    /// job that dies keeps the chunks it finished, so its retry finds them stored.
    /// </summary>
    public const int ChunkSize = 100;

    /// <summary>
    /// Each stored record of <paramref name="kind"/> with the given ids (all when null), in id order: screened and
    /// stored, or with <see cref="StoredOutcome.Screened"/> null when the stored content no longer reads as a record.
    /// </summary>
    public async IAsyncEnumerable<StoredOutcome> ScreenEachAsync(RuleSet ruleSet, string kind, IReadOnlyList<string>? ids, DateOnly asOf,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var parsed in records.ReadAsync(kind, ids, ct))
        {
            yield return new StoredOutcome(parsed, parsed.Record is { } record ? await screening.ScreenAsync(ruleSet, record, asOf, ct) : null);
        }
    }

    /// <summary>
    /// Stored enterprises screened as of a date, in id order; unreadable ones are counted, not screened.
    /// <paramref name="ids"/>: null for the whole register. Each chunk of <see cref="ChunkSize"/> asks the store once
    /// which of its enterprises have readings and stores its results in one write. With <paramref name="guard"/>, each
    /// enterprise's evaluation runs through it, so a caller can set aside an enterprise whose screening fails and go
    /// on with the others; when the chunk's write fails, its results are stored one by one through the guard too.
    /// </summary>
    public async Task<(IReadOnlyList<Screened> Screened, int Unreadable)> ScreenEnterprisesAsync(RuleSet ruleSet, IReadOnlyList<string>? ids, DateOnly asOf,
        RecordStep? guard = null, CancellationToken ct = default)
    {
        var screened = new List<Screened>();
        var unreadable = 0;
        var chunk = new List<ComplianceRecord>(ChunkSize);
        await foreach (var parsed in records.ReadAsync("enterprise", ids, ct))
        {
            if (parsed.Record is not { } record)
            {
                unreadable++;
                continue;
            }

            chunk.Add(record);
            if (chunk.Count == ChunkSize)
            {
                screened.AddRange(await ScreenChunkAsync(ruleSet, chunk, asOf, guard, ct));
                chunk.Clear();
            }
        }

        screened.AddRange(await ScreenChunkAsync(ruleSet, chunk, asOf, guard, ct));
        return (screened, unreadable);
    }

    private async Task<IReadOnlyList<Screened>> ScreenChunkAsync(RuleSet ruleSet, List<ComplianceRecord> chunk, DateOnly asOf, RecordStep? guard, CancellationToken ct)
    {
        if (chunk.Count == 0)
        {
            return [];
        }

        var monitored = await screening.MonitoredAsync([.. chunk.Select(r => r.Id)], asOf, ct);
        var evaluated = new List<(ComplianceRecord Record, EvaluationResult Result)>(chunk.Count);
        foreach (var record in chunk)
        {
            if (guard is null)
            {
                evaluated.Add((record, await screening.EvaluateAsync(ruleSet, record, asOf, ct, monitored)));
            }
            else
            {
                await guard("enterprise", record.Id, async () => evaluated.Add((record, await screening.EvaluateAsync(ruleSet, record, asOf, ct, monitored))));
            }
        }

        try
        {
            return await screening.StoreAllAsync(ruleSet, evaluated, ct);
        }
        catch (Exception) when (guard is not null && !ct.IsCancellationRequested)
        {
            // One result the store refuses must not cost the others: each is stored alone, and the guard sets aside
            // the one that fails (a store that went away still fails the job, which is retried).
            var stored = new List<Screened>(evaluated.Count);
            foreach (var (record, result) in evaluated)
            {
                await guard("enterprise", record.Id, async () => stored.Add(await screening.StoreAsync(ruleSet, record, result, ct)));
            }

            return stored;
        }
    }
}

/// <summary>
/// Runs one record's part of a batch: true when it ran, false when the record was set aside instead (the callee
/// handles its failure). <paramref name="kind"/> is <c>enterprise</c> or <c>project</c>.
/// </summary>
public delegate Task<bool> RecordStep(string kind, string recordId, Func<Task> step);

/// <summary>A stored record as read back, and its screening (null when it did not read as a record).</summary>
public sealed record StoredOutcome(ParsedRecord Parsed, Screened? Screened);
