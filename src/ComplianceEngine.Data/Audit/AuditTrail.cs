using System.Collections.Concurrent;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Screening;
using Npgsql;

namespace ComplianceEngine.Data.Audit;

/// <summary>
/// The audit trail as the screening room sees it: the sink every stored result goes to (with its rule-set version,
/// stored once per hash from the bytes that were loaded, as-of date and record snapshot) and the archive replays
/// read from. It evaluates nothing. Safe to share between concurrent callers (the host keeps one per database).
/// </summary>
public sealed class AuditTrail(NpgsqlDataSource dataSource) : IEvaluationSink, IEvaluationArchive
{
    private readonly EvaluationStore _evaluations = new(dataSource);
    private readonly EvaluationBatchStore _batches = new(dataSource);
    private readonly RuleSetStore _ruleSets = new(dataSource);
    private readonly ConcurrentDictionary<string, bool> _storedVersions = new(StringComparer.Ordinal);

    public EvaluationStore Evaluations => _evaluations;

    public async Task<long> StoreAsync(RuleSet ruleSet, ComplianceRecord record, EvaluationResult result, CancellationToken ct = default)
    {
        await EnsureRuleSetAsync(ruleSet, ct);
        return (await _evaluations.SaveAsync(result, RecordWriter.Write(record), ct)).Id;
    }

    public async Task<IReadOnlyList<long>> StoreAllAsync(RuleSet ruleSet, IReadOnlyList<(ComplianceRecord Record, EvaluationResult Result)> evaluated,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(evaluated);
        await EnsureRuleSetAsync(ruleSet, ct);
        return await _batches.SaveAllAsync([.. evaluated.Select(e => (e.Result, RecordWriter.Write(e.Record)))], ct);
    }

    // Store the rule set once per version and trail, not once per record of a sweep or request: it is the whole
    // catalog (about half a megabyte of JSON for the server to parse).
    private async Task EnsureRuleSetAsync(RuleSet ruleSet, CancellationToken ct)
    {
        if (!_storedVersions.ContainsKey(ruleSet.Version))
        {
            await _ruleSets.EnsureAsync(ruleSet, ct);
            _storedVersions.TryAdd(ruleSet.Version, true);
        }
    }

    public async Task<ArchivedEvaluation?> EvaluationAsync(long id, CancellationToken ct = default) =>
        await _evaluations.LoadAsync(id, ct) is { } stored ? new ArchivedEvaluation(stored.Id, stored.RuleSetHash, stored.AsOf, stored.RecordJson) : null;

    public Task<RuleSetSnapshot?> RuleSetAsync(string version, CancellationToken ct = default) => _ruleSets.LoadAsync(version, ct);
}
