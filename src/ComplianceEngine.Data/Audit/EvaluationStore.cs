using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Data.Paging;
using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Audit;

/// <summary>
/// The audit trail: every evaluation with the rule-set version and as-of date it was made under, and a snapshot of
/// the record content it judged (stored once per content hash). Storing the same evaluation again is a no-op.
/// </summary>
public sealed class EvaluationStore(NpgsqlDataSource dataSource)
{
    // One statement, so one round trip and one implicit transaction per evaluation: the snapshot (hashed from
    // PostgreSQL's canonical jsonb text, so key order and spacing in the input do not matter; stored once per hash) and
    // the evaluation (stored once per identity key). The constraint check on record_hash runs at the end of the
    // statement and sees the snapshot inserted beside it. When the evaluation exists it is read in the same statement;
    // only one that another transaction committed while this statement ran is not seen, and ExistingSql reads it then.
    // Positional parameters: $1 record JSON, $2 kind, $3 record id, $4 as-of, $5 rule-set hash, $6 outcome,
    // $7 findings JSON, $8 errors JSON.
    private const string SaveSql = """
        WITH r AS (
            SELECT record, encode(sha256(convert_to(record::text, 'UTF8')), 'hex') AS hash
            FROM (SELECT $1::jsonb AS record) AS submitted
        ),
        snapshot AS (
            INSERT INTO record_snapshots (hash, record_kind, record_id, record)
            SELECT hash, $2, $3, record FROM r
            ON CONFLICT (hash) DO NOTHING
        ),
        inserted AS (
            INSERT INTO evaluations (record_kind, record_id, as_of, rule_set_hash, record_hash, outcome, findings, errors)
            SELECT $2, $3, $4, $5, hash, $6, $7::jsonb, $8::jsonb FROM r
            ON CONFLICT ON CONSTRAINT evaluations_identity_key DO NOTHING
            RETURNING id
        )
        SELECT id, true AS inserted, '' AS record_hash FROM inserted
        UNION ALL
        SELECT e.id, false, r.hash FROM r LEFT JOIN evaluations e
            ON e.record_kind = $2 AND e.record_id = $3 AND e.as_of = $4 AND e.rule_set_hash = $5 AND e.record_hash = r.hash
        WHERE NOT EXISTS (SELECT 1 FROM inserted)
        """;

    private const string ExistingSql = """
        SELECT id FROM evaluations
        WHERE record_kind = @Kind AND record_id = @RecordId AND as_of = @AsOf AND rule_set_hash = @RuleSetHash AND record_hash = @RecordHash
        """;

    private const string HistorySql = """
        SELECT id AS Id, record_kind AS RecordKind, record_id AS RecordId, as_of AS AsOf, rule_set_hash AS RuleSetVersion,
               record_hash AS RecordHash, outcome AS Outcome, jsonb_array_length(findings) AS Findings,
               jsonb_array_length(errors) AS Errors, evaluated_at AS EvaluatedAt
        FROM evaluations WHERE record_kind = @Kind AND record_id = @RecordId
        ORDER BY evaluated_at, id
        """;

    // The latest screening of each project since a time, kept when it rejected or came with conditions.
    private const string AwaitingOpinionSql = """
        SELECT id FROM (
            SELECT DISTINCT ON (record_id) id, outcome FROM evaluations
            WHERE record_kind = 'project' AND evaluated_at >= $1
            ORDER BY record_id, evaluated_at DESC, id DESC) latest
        WHERE outcome IN ('reject', 'conditional', 'approve')
        ORDER BY id
        """;

    private const string HistoryPageSql = HistorySql + " OFFSET @Offset LIMIT @Limit";

    private const string HistoryCountSql = "SELECT count(*) FROM evaluations WHERE record_kind = @Kind AND record_id = @RecordId";

    private const string LatestIdSql = """
        SELECT id FROM evaluations WHERE record_kind = @Kind AND record_id = @RecordId ORDER BY evaluated_at DESC, id DESC LIMIT 1
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
        await using var save = new NpgsqlCommand(SaveSql, connection)
        {
            Parameters =
            {
                new NpgsqlParameter<string> { TypedValue = recordJson },
                new NpgsqlParameter<string> { TypedValue = result.Kind },
                new NpgsqlParameter<string> { TypedValue = result.RecordId },
                new NpgsqlParameter<DateOnly> { TypedValue = result.AsOf },
                new NpgsqlParameter<string> { TypedValue = result.RuleSetVersion },
                new NpgsqlParameter<string> { TypedValue = EvaluationJson.Outcome(result.Outcome) },
                new NpgsqlParameter<string> { TypedValue = EvaluationJson.Findings(result.Findings) },
                new NpgsqlParameter<string> { TypedValue = EvaluationJson.Errors(result.Errors) },
            },
        };
        // Prepared once per pooled connection and kept by Npgsql: later executions skip parsing and planning.
        await save.PrepareAsync(ct);
        string recordHash;
        await using (var reader = await save.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            if (!await reader.IsDBNullAsync(0, ct))
            {
                return (reader.GetInt64(0), reader.GetBoolean(1));
            }

            recordHash = reader.GetString(2);
        }

        var key = new
        {
            result.Kind,
            result.RecordId,
            AsOf = result.AsOf.ToDateTime(TimeOnly.MinValue),
            RuleSetHash = result.RuleSetVersion,
            RecordHash = recordHash,
        };
        return (await connection.QuerySingleAsync<long>(new CommandDefinition(ExistingSql, key, cancellationToken: ct)), false);
    }

    /// <summary>A record's evaluations, oldest first. <paramref name="kind"/>: <c>enterprise</c> or <c>project</c>.</summary>
    public async Task<IReadOnlyList<EvaluationEntry>> HistoryAsync(string kind, string recordId, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<HistoryRow>(new CommandDefinition(HistorySql, new { Kind = kind, RecordId = recordId }, cancellationToken: ct));
        return [.. rows.Select(Entry)];
    }

    /// <summary>One page of a record's evaluations, oldest first, and how many it has in all.</summary>
    public async Task<PagedRows<EvaluationEntry>> HistoryAsync(string kind, string recordId, PageRequest page, CancellationToken ct = default)
    {
        var rows = await PagedQuery.ReadAsync<HistoryRow>(dataSource, HistoryCountSql, HistoryPageSql,
            new() { ["Kind"] = kind, ["RecordId"] = recordId }, page, ct);
        return new PagedRows<EvaluationEntry>([.. rows.Rows.Select(Entry)], rows.Total);
    }

    /// <summary>A record's most recent evaluation, or null when it has none.</summary>
    public async Task<StoredEvaluation?> LatestAsync(string kind, string recordId, CancellationToken ct = default)
    {
        long? id;
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        {
            id = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(LatestIdSql, new { Kind = kind, RecordId = recordId }, cancellationToken: ct));
        }

        return id is { } found ? await LoadAsync(found, ct) : null;
    }

    /// <summary>Ids of the evaluations, in id order, that are each project's latest since <paramref name="since"/> and decided it (rejected, conditional or approved; not an unreadable record): the screenings an instrument is due for, an approval included.</summary>
    public async Task<IReadOnlyList<long>> AwaitingOpinionAsync(DateTimeOffset since, CancellationToken ct = default)
    {
        var ids = new List<long>();
        await using var command = dataSource.CreateCommand(AwaitingOpinionSql);
        command.Parameters.AddWithValue(since);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    public async Task<StoredEvaluation?> LoadAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<LoadRow>(new CommandDefinition(LoadSql, new { Id = id }, cancellationToken: ct));
        return row is null ? null : new StoredEvaluation(
            row.Id, row.RecordKind, row.RecordId, row.AsOf, row.RuleSetHash, row.Outcome,
            row.FindingsJson, row.ErrorsJson, row.RecordJson);
    }

    private static EvaluationEntry Entry(HistoryRow r) => new(
        r.Id, r.RecordKind, r.RecordId, r.AsOf, r.RuleSetVersion, r.RecordHash, r.Outcome,
        r.Findings, r.Errors, new DateTimeOffset(r.EvaluatedAt, TimeSpan.Zero));

    private sealed record HistoryRow(long Id, string RecordKind, string RecordId, DateOnly AsOf, string RuleSetVersion, string RecordHash, string Outcome, int Findings, int Errors, DateTime EvaluatedAt);

    private sealed record LoadRow(long Id, string RecordKind, string RecordId, DateOnly AsOf, string RuleSetHash, string Outcome, string FindingsJson, string ErrorsJson, string RecordJson);
}
