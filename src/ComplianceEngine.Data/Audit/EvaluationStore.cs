using ComplianceEngine.Core.Evaluation;
using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Audit;

/// <summary>
/// The audit trail: every evaluation with the rule-set version and as-of date it was made under, and a snapshot of
/// the record content it judged (stored once per content hash). Storing the same evaluation again is a no-op.
/// </summary>
public sealed class EvaluationStore(NpgsqlDataSource dataSource)
{
    // The hash is of PostgreSQL's canonical jsonb text, so key order and spacing in the input do not matter.
    private const string SnapshotSql = """
        WITH r AS (SELECT @Record::jsonb AS record)
        INSERT INTO record_snapshots (hash, record_kind, record_id, record)
        SELECT encode(sha256(convert_to(record::text, 'UTF8')), 'hex'), @Kind, @RecordId, record FROM r
        ON CONFLICT (hash) DO UPDATE SET hash = excluded.hash
        RETURNING hash
        """;

    private const string InsertSql = """
        INSERT INTO evaluations (record_kind, record_id, as_of, rule_set_hash, record_hash, outcome, findings, errors)
        VALUES (@Kind, @RecordId, @AsOf, @RuleSetHash, @RecordHash, @Outcome, @Findings::jsonb, @Errors::jsonb)
        ON CONFLICT ON CONSTRAINT evaluations_identity_key DO NOTHING
        RETURNING id
        """;

    private const string ExistingSql = """
        SELECT id FROM evaluations
        WHERE record_kind = @Kind AND record_id = @RecordId AND as_of = @AsOf AND rule_set_hash = @RuleSetHash AND record_hash = @RecordHash
        """;

    private const string HistorySql = """
        SELECT id AS Id, record_kind AS RecordKind, record_id AS RecordId, as_of AS AsOf, rule_set_hash AS RuleSetHash,
               record_hash AS RecordHash, outcome AS Outcome, jsonb_array_length(findings) AS Findings,
               jsonb_array_length(errors) AS Errors, evaluated_at AS EvaluatedAt
        FROM evaluations WHERE record_kind = @Kind AND record_id = @RecordId
        ORDER BY evaluated_at, id
        """;

    private const string LoadSql = """
        SELECT e.id AS Id, e.record_kind AS RecordKind, e.record_id AS RecordId, e.as_of AS AsOf,
               e.rule_set_hash AS RuleSetHash, e.outcome AS Outcome, e.findings::text AS FindingsJson,
               e.errors::text AS ErrorsJson, s.record::text AS RecordJson
        FROM evaluations e JOIN record_snapshots s ON s.hash = e.record_hash
        WHERE e.id = @Id
        """;

    /// <summary>
    /// Stores an evaluation of <paramref name="recordJson"/> (the record as evaluated). The rule-set version must be
    /// stored first (<see cref="RuleSetStore.EnsureAsync"/>). Returns the evaluation's id, new or existing.
    /// </summary>
    public async Task<(long Id, bool Inserted)> SaveAsync(EvaluationResult result, string recordJson, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var recordHash = await connection.QuerySingleAsync<string>(new CommandDefinition(
            SnapshotSql, new { Record = recordJson, result.Kind, result.RecordId }, tx, cancellationToken: ct));
        var key = new
        {
            result.Kind,
            result.RecordId,
            AsOf = result.AsOf.ToDateTime(TimeOnly.MinValue),
            RuleSetHash = result.RuleSetVersion,
            RecordHash = recordHash,
        };
        var inserted = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(InsertSql, new
        {
            key.Kind,
            key.RecordId,
            key.AsOf,
            key.RuleSetHash,
            key.RecordHash,
            Outcome = EvaluationJson.Outcome(result.Outcome),
            Findings = EvaluationJson.Findings(result.Findings),
            Errors = EvaluationJson.Errors(result.Errors),
        }, tx, cancellationToken: ct));
        var id = inserted ?? await connection.QuerySingleAsync<long>(new CommandDefinition(ExistingSql, key, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return (id, inserted is not null);
    }

    /// <summary>A record's evaluations, oldest first. <paramref name="kind"/>: <c>enterprise</c> or <c>project</c>.</summary>
    public async Task<IReadOnlyList<EvaluationEntry>> HistoryAsync(string kind, string recordId, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<HistoryRow>(new CommandDefinition(HistorySql, new { Kind = kind, RecordId = recordId }, cancellationToken: ct));
        return [.. rows.Select(r => new EvaluationEntry(
            r.Id, r.RecordKind, r.RecordId, r.AsOf, r.RuleSetHash, r.RecordHash, r.Outcome,
            r.Findings, r.Errors, new DateTimeOffset(r.EvaluatedAt, TimeSpan.Zero)))];
    }

    public async Task<StoredEvaluation?> LoadAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<LoadRow>(new CommandDefinition(LoadSql, new { Id = id }, cancellationToken: ct));
        return row is null ? null : new StoredEvaluation(
            row.Id, row.RecordKind, row.RecordId, row.AsOf, row.RuleSetHash, row.Outcome,
            row.FindingsJson, row.ErrorsJson, row.RecordJson);
    }

    private sealed record HistoryRow(long Id, string RecordKind, string RecordId, DateOnly AsOf, string RuleSetHash, string RecordHash, string Outcome, int Findings, int Errors, DateTime EvaluatedAt);

    private sealed record LoadRow(long Id, string RecordKind, string RecordId, DateOnly AsOf, string RuleSetHash, string Outcome, string FindingsJson, string ErrorsJson, string RecordJson);
}
