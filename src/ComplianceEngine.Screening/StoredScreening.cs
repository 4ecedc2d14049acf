using System.Runtime.CompilerServices;
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
    /// Stored enterprises screened as of a date; unreadable ones are counted, not screened. <paramref name="ids"/>: null
    /// for the whole register. With <paramref name="guard"/>, each enterprise's screening runs through it, so a caller
    /// can set aside an enterprise whose screening fails and go on with the others.
    /// </summary>
    public async Task<(IReadOnlyList<Screened> Screened, int Unreadable)> ScreenEnterprisesAsync(RuleSet ruleSet, IReadOnlyList<string>? ids, DateOnly asOf,
        RecordStep? guard = null, CancellationToken ct = default)
    {
        var screened = new List<Screened>();
        var unreadable = 0;
        await foreach (var parsed in records.ReadAsync("enterprise", ids, ct))
        {
            if (parsed.Record is not { } record)
            {
                unreadable++;
            }
            else if (guard is null)
            {
                screened.Add(await screening.ScreenAsync(ruleSet, record, asOf, ct));
            }
            else
            {
                await guard("enterprise", record.Id, async () => screened.Add(await screening.ScreenAsync(ruleSet, record, asOf, ct)));
            }
        }

        return (screened, unreadable);
    }
}

/// <summary>
/// Runs one record's part of a batch: true when it ran, false when the record was set aside instead (the callee
/// handles its failure). <paramref name="kind"/> is <c>enterprise</c> or <c>project</c>.
/// </summary>
public delegate Task<bool> RecordStep(string kind, string recordId, Func<Task> step);

/// <summary>A stored record as read back, and its screening (null when it did not read as a record).</summary>
public sealed record StoredOutcome(ParsedRecord Parsed, Screened? Screened);
