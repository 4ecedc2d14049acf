using System.Collections.Concurrent;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Screening;

/// <summary>
/// Makes a stored evaluation again: the rule-set version it was made under is loaded from the archive's bytes (no
/// folder; cached by version hash, so a batch of replays loads each version once), the stored record is read, and it
/// is evaluated as of the stored date through <see cref="RecordScreening"/>, monitoring facts included. Thread-safe.
/// </summary>
public sealed class Replay(IEvaluationArchive archive, RecordScreening screening)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<RuleSet>>> _ruleSets = new(StringComparer.Ordinal);

    /// <param name="current">The rule set being served: used as is when the evaluation was made under it.</param>
    /// <exception cref="KeyNotFoundException">No evaluation with this id.</exception>
    /// <exception cref="InvalidOperationException">Its rule set is not stored, or its bytes load under another hash.</exception>
    public async Task<Replayed> ReplayAsync(long evaluationId, RuleSet? current = null, CancellationToken ct = default)
    {
        var stored = await archive.EvaluationAsync(evaluationId, ct) ?? throw new KeyNotFoundException($"no evaluation {evaluationId}");
        var ruleSet = current?.Version == stored.RuleSetVersion ? current : await RuleSetAsync(stored.RuleSetVersion, ct);
        var parsed = RecordReader.Read(stored.RecordJson, $"evaluation {evaluationId}").Records.Single();
        var again = parsed.Record is { } record
            ? await screening.EvaluateAsync(ruleSet, record, stored.AsOf, ct)
            : ruleSet.Invalid(parsed.Id, parsed.Kind, parsed.Errors, stored.AsOf);
        return new Replayed(stored, parsed, again);
    }

    /// <summary>A stored rule-set version, loaded from its bytes once per replay instance.</summary>
    public async Task<RuleSet> RuleSetAsync(string version, CancellationToken ct = default)
    {
        var load = _ruleSets.GetOrAdd(version, v => new Lazy<Task<RuleSet>>(() => LoadAsync(v, CancellationToken.None)));
        try
        {
            return await load.Value.WaitAsync(ct);
        }
        catch (Exception) when (load.Value.IsFaulted)
        {
            // A failed load is not cached: the next replay tries again (the version may be stored by then).
            _ruleSets.TryRemove(KeyValuePair.Create(version, load));
            throw;
        }
    }

    private async Task<RuleSet> LoadAsync(string version, CancellationToken ct)
    {
        var snapshot = await archive.RuleSetAsync(version, ct) ?? throw new InvalidOperationException($"rule set {version} is not stored");
        var ruleSet = RuleSetLoader.Load(snapshot);
        return ruleSet.Version == version ? ruleSet : throw new InvalidOperationException($"stored rule set {version} loads as {ruleSet.Version}");
    }
}

/// <summary>A stored evaluation, the record as stored, and the result of evaluating it again.</summary>
public sealed record Replayed(ArchivedEvaluation Stored, ParsedRecord Record, EvaluationResult Again);
