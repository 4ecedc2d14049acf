using System.Collections.Concurrent;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;
using Npgsql;

namespace ComplianceEngine.Data.Audit;

/// <summary>
/// Evaluates and records: every evaluation made through here is stored with its rule-set version (content stored
/// once per hash), as-of date and record snapshot; a stored evaluation can be made again and compared. Safe to share
/// between concurrent callers (the host keeps one per database for all its requests).
/// </summary>
public sealed class AuditTrail(NpgsqlDataSource dataSource)
{
    private readonly EvaluationStore _evaluations = new(dataSource);
    private readonly RuleSetStore _ruleSets = new(dataSource);
    private readonly ConcurrentDictionary<string, bool> _storedVersions = new(StringComparer.Ordinal);

    public EvaluationStore Evaluations => _evaluations;

    public async Task<(EvaluationResult Result, long Id)> EvaluateAsync(RuleSet ruleSet, ComplianceRecord record, DateOnly asOf, CancellationToken ct = default)
    {
        // Read and store the rule-set files once per version and trail, not once per record of a sweep or request:
        // they are the whole catalog folder (about half a megabyte of JSON for the server to parse).
        if (!_storedVersions.ContainsKey(ruleSet.Version))
        {
            await _ruleSets.EnsureAsync(ruleSet.Version, RuleSetFiles.Read(ruleSet.Directory), ct);
            _storedVersions.TryAdd(ruleSet.Version, true);
        }

        var result = await new MonitoredEvaluator(dataSource, ruleSet).EvaluateAsync(record, asOf, ct);
        var (id, _) = await _evaluations.SaveAsync(result, RecordWriter.Write(record), ct);
        return (result, id);
    }

    /// <summary>
    /// Makes a stored evaluation again: the stored rule-set version is written to a temporary folder and loaded (its
    /// hash must match), the stored record snapshot is read, and the record is evaluated as of the stored date.
    /// </summary>
    public async Task<(StoredEvaluation Stored, EvaluationResult Again)> ReplayAsync(long evaluationId, CancellationToken ct = default)
    {
        var stored = await _evaluations.LoadAsync(evaluationId, ct)
            ?? throw new KeyNotFoundException($"no evaluation {evaluationId}");
        var files = await _ruleSets.LoadAsync(stored.RuleSetHash, ct)
            ?? throw new InvalidOperationException($"rule set {stored.RuleSetHash} is not stored");
        var folder = Directory.CreateTempSubdirectory("ce-ruleset-").FullName;
        try
        {
            files.WriteTo(folder);
            var ruleSet = RuleSetLoader.Load(folder);
            if (ruleSet.Version != stored.RuleSetHash)
            {
                throw new InvalidOperationException($"stored rule set {stored.RuleSetHash} loads as {ruleSet.Version}");
            }

            var parsed = RecordReader.Read(stored.RecordJson, $"evaluation {evaluationId}").Records.Single();
            var again = parsed.Record is { } record
                ? await new MonitoredEvaluator(dataSource, ruleSet).EvaluateAsync(record, stored.AsOf, ct)
                : ruleSet.Invalid(parsed.Id, parsed.Kind, parsed.Errors, stored.AsOf);
            return (stored, again);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
