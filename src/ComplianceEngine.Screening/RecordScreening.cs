using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Screening.Monitoring;

namespace ComplianceEngine.Screening;

/// <summary>
/// The one path from a record to a result, for every door (command line, API, jobs, replay): the enterprise's hourly
/// monitoring facts are fetched from <paramref name="monitoring"/> (when a store holds readings), the catalog
/// evaluates the record with them (findings sorted once by severity, rule id and facility; outcome decided once), and
/// the result goes to <paramref name="sink"/> (when results are kept). Thread-safe.
/// </summary>
/// <param name="monitoring">Hourly readings; null where there are none (a command line screening files).</param>
/// <param name="sink">Where results are stored; null where they are only printed.</param>
public sealed class RecordScreening(IExceedanceSource? monitoring, IEvaluationSink? sink)
{
    /// <summary>Screening with no store: no monitoring facts, nothing kept.</summary>
    public static RecordScreening Offline { get; } = new(null, null);

    /// <summary>Evaluates one record as of a date, with its monitoring facts; stores nothing.</summary>
    /// <param name="monitored">
    /// The enterprises known to have readings in the window (<see cref="MonitoredAsync"/>); null: the store is asked.
    /// </param>
    public async Task<EvaluationResult> EvaluateAsync(RuleSet ruleSet, ComplianceRecord record, DateOnly asOf, CancellationToken ct = default,
        IReadOnlySet<string>? monitored = null) =>
        ruleSet.Evaluate(record, asOf, await ExceedancesAsync(ruleSet, record, asOf, monitored, ct));

    /// <summary>
    /// Which of a batch's enterprises have readings in the twelve months up to <paramref name="asOf"/>, asked once for the
    /// batch; null when there is no store of readings (nothing is then asked per record either).
    /// </summary>
    public async Task<IReadOnlySet<string>?> MonitoredAsync(IReadOnlyCollection<string> enterpriseIds, DateOnly asOf, CancellationToken ct = default)
    {
        if (monitoring is null)
        {
            return null;
        }

        var (from, to) = ChinaTime.TwelveMonthsUpTo(asOf);
        return await monitoring.MonitoredAsync(enterpriseIds, from, to, ct);
    }

    /// <summary>
    /// Stores a batch of results in one write and returns their evaluation ids in the same order; null ids without a
    /// sink. A failure stores none of them.
    /// </summary>
    public async Task<IReadOnlyList<Screened>> StoreAllAsync(RuleSet ruleSet, IReadOnlyList<(ComplianceRecord Record, EvaluationResult Result)> evaluated,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(evaluated);
        if (sink is null || evaluated.Count == 0)
        {
            return [.. evaluated.Select(e => new Screened(e.Record, e.Result, null))];
        }

        var ids = await sink.StoreAllAsync(ruleSet, evaluated, ct);
        return [.. evaluated.Select((e, i) => new Screened(e.Record, e.Result, ids[i]))];
    }

    /// <summary>Stores one result (after <see cref="EvaluateAsync"/>); the id is null without a sink.</summary>
    public async Task<Screened> StoreAsync(RuleSet ruleSet, ComplianceRecord record, EvaluationResult result, CancellationToken ct = default) =>
        new(record, result, sink is null ? null : await sink.StoreAsync(ruleSet, record, result, ct));

    /// <summary>Evaluates one record and hands the result to the sink; <see cref="Screened.EvaluationId"/> is the stored id, null without a sink.</summary>
    public async Task<Screened> ScreenAsync(RuleSet ruleSet, ComplianceRecord record, DateOnly asOf, CancellationToken ct = default) =>
        await StoreAsync(ruleSet, record, await EvaluateAsync(ruleSet, record, asOf, ct), ct);

    /// <summary>The result of a record as read: evaluated when it kept the contract, else <c>invalid</c> with every problem.</summary>
    public static EvaluationResult Judge(RuleSet ruleSet, ParsedRecord parsed, DateOnly asOf) =>
        parsed is { IsValid: true, Record: { } record }
            ? ruleSet.Evaluate(record, asOf)
            : ruleSet.Invalid(parsed.Id, parsed.Kind, parsed.Errors, asOf);

    /// <summary>
    /// A batch of records read from files, evaluated on all cores with no store (no monitoring facts): one result per
    /// record in input order, <c>invalid</c> ones with their errors.
    /// </summary>
    public static EvaluationResult[] EvaluateBatch(RuleSet ruleSet, IReadOnlyList<ParsedRecord> parsed, DateOnly asOf)
    {
        var results = new EvaluationResult[parsed.Count];
        var valid = new List<(int Index, ComplianceRecord Record)>(parsed.Count);
        for (var i = 0; i < parsed.Count; i++)
        {
            if (parsed[i] is { IsValid: true, Record: { } record })
            {
                valid.Add((i, record));
            }
            else
            {
                results[i] = Judge(ruleSet, parsed[i], asOf);
            }
        }

        var evaluated = ruleSet.EvaluateAll([.. valid.Select(v => v.Record)], asOf);
        for (var i = 0; i < valid.Count; i++)
        {
            results[valid[i].Index] = evaluated[i];
        }

        return results;
    }

    private async Task<IReadOnlyList<ExceedanceMonth>> ExceedancesAsync(RuleSet ruleSet, ComplianceRecord record, DateOnly asOf, IReadOnlySet<string>? monitored,
        CancellationToken ct)
    {
        // No reading in the window: the store's report would be empty, and so would the facts.
        if (monitoring is null || record is not EnterpriseRecord enterprise || monitored?.Contains(enterprise.Id) == false)
        {
            return [];
        }

        // No limit applies to any facility: no reading can exceed one, so the store is not asked.
        var windows = LimitWindows.For(enterprise.City, enterprise.Facilities, LimitCatalog.From(ruleSet));
        if (windows.Count == 0)
        {
            return [];
        }

        // Each regime is judged on its own: an hour above an ultra-low target is a different legal fact from an hour
        // above the emission standard (超标), and one must not hide the other.
        var (from, to) = ChinaTime.TwelveMonthsUpTo(asOf);
        var months = new List<ExceedanceMonth>();
        foreach (var regime in windows.GroupBy(w => w.Limit.Regime).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            IReadOnlyList<LimitWindow> regimeWindows = [.. regime];
            months.AddRange(ExceedanceFacts.From(await monitoring.FindAsync(enterprise.Id, regimeWindows, from, to, ct), regimeWindows));
        }

        return months;
    }
}
