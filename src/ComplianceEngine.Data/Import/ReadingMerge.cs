using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Import;

/// <summary>
/// Merges one staged chunk of readings into <c>monitoring_readings</c> (issue 11 item 4). Per series and hour: the
/// first plain value of the file is the candidate, unless a correction is given (the last correction then is); a
/// plain value that differs from the file's first one, or from the stored one, is a conflict with both values and
/// nothing is changed; a correction that differs from the stored value replaces it and the replaced value goes to
/// <c>monitoring_reading_revisions</c>.
/// </summary>
internal sealed class ReadingMerge(NpgsqlConnection connection, string source, CancellationToken ct)
{
    private const string Join = """
        JOIN monitoring_series s ON s.enterprise_id = r.enterprise_id AND s.facility_id = r.facility_id AND s.pollutant = r.pollutant
        """;

    // The fast path: an anti-join, which PostgreSQL runs as a merge over sorted keys, so the index is filled in
    // order. Measured on 2,000,000 readings: 4.9 s, against 9.8 s for ON CONFLICT DO NOTHING row by row.
    private const string InsertNewSql = $"""
        INSERT INTO monitoring_readings (series_id, hour, concentration_mg_m3)
        SELECT s.id, r.hour, r.concentration_mg_m3
        FROM reading_staging r {Join}
        WHERE NOT EXISTS (SELECT 1 FROM monitoring_readings m WHERE m.series_id = s.id AND m.hour = r.hour)
        """;

    // After the fast path: the staged values that differ from what was stored before.
    private const string StoredConflictsFastSql = $"""
        SELECT r.line AS Line, r.concentration_mg_m3 AS Value, NULL::bigint AS OtherLine, m.concentration_mg_m3 AS OtherValue,
               r.enterprise_id AS EnterpriseId, r.facility_id AS FacilityId, r.pollutant AS Pollutant, r.hour AS Hour
        FROM reading_staging r {Join}
        JOIN monitoring_readings m ON m.series_id = s.id AND m.hour = r.hour
        WHERE m.concentration_mg_m3 <> r.concentration_mg_m3
        """;

    private const string KeyedSql = $"""
        CREATE TEMP TABLE reading_keyed ON COMMIT DROP AS
        SELECT s.id AS series_id, r.hour, r.concentration_mg_m3 AS value, r.line, r.correction
        FROM reading_staging r {Join}
        """;

    private const string FileConflictsSql = """
        SELECT k.line AS Line, k.value AS Value, k.first_line AS OtherLine, k.first_value AS OtherValue,
               s.enterprise_id AS EnterpriseId, s.facility_id AS FacilityId, s.pollutant AS Pollutant, k.hour AS Hour
        FROM (SELECT series_id, hour, value, line,
                     first_value(value) OVER w AS first_value, first_value(line) OVER w AS first_line
              FROM reading_keyed WHERE NOT correction
              WINDOW w AS (PARTITION BY series_id, hour ORDER BY line)) k
        JOIN monitoring_series s ON s.id = k.series_id
        WHERE k.value <> k.first_value
        """;

    private const string CandidatesSql = """
        CREATE TEMP TABLE reading_candidates ON COMMIT DROP AS
        SELECT DISTINCT ON (series_id, hour) series_id, hour, value, line, correction
        FROM reading_keyed
        ORDER BY series_id, hour, correction DESC, CASE WHEN correction THEN -line ELSE line END
        """;

    private const string StoredConflictsSql = """
        SELECT c.line AS Line, c.value AS Value, NULL::bigint AS OtherLine, m.concentration_mg_m3 AS OtherValue,
               s.enterprise_id AS EnterpriseId, s.facility_id AS FacilityId, s.pollutant AS Pollutant, c.hour AS Hour
        FROM reading_candidates c
        JOIN monitoring_readings m ON m.series_id = c.series_id AND m.hour = c.hour
        JOIN monitoring_series s ON s.id = c.series_id
        WHERE NOT c.correction AND m.concentration_mg_m3 <> c.value
        """;

    // One statement: every sub-statement sees the rows as they were, so the revisions keep the replaced values.
    private const string SupersedeSql = """
        WITH changed AS (
            SELECT c.series_id, c.hour, c.value, m.concentration_mg_m3 AS old_value, m.recorded_at
            FROM reading_candidates c JOIN monitoring_readings m ON m.series_id = c.series_id AND m.hour = c.hour
            WHERE c.correction AND m.concentration_mg_m3 <> c.value),
        kept AS (
            INSERT INTO monitoring_reading_revisions (series_id, hour, concentration_mg_m3, recorded_at, superseded_by, source)
            SELECT series_id, hour, old_value, recorded_at, value, @Source FROM changed)
        UPDATE monitoring_readings m SET concentration_mg_m3 = ch.value, recorded_at = now()
        FROM changed ch WHERE m.series_id = ch.series_id AND m.hour = ch.hour
        """;

    private const string InsertCandidatesSql = """
        INSERT INTO monitoring_readings (series_id, hour, concentration_mg_m3)
        SELECT c.series_id, c.hour, c.value FROM reading_candidates c
        WHERE NOT EXISTS (SELECT 1 FROM monitoring_readings m WHERE m.series_id = c.series_id AND m.hour = c.hour)
        """;

    /// <summary>
    /// Without corrections and repeated hours in the chunk, inserts the new hours by the anti-join and reads the
    /// conflicts with stored values; null when the chunk repeats an hour (the unique key refuses it): then
    /// <see cref="ResolveAsync"/> must run.
    /// </summary>
    public async Task<Result?> TryFastAsync(long staged)
    {
        int inserted;
        try
        {
            // Never a nested loop here: when the planner believes the target partitions nearly empty it would scan
            // them once per staged row while the statement fills them (seen with a parameterised hour range: a
            // 1,000,000-row chunk ran for minutes). Merge or hash anti-joins stay linear.
            await using var tx = await connection.BeginTransactionAsync(ct);
            await Execute("SET LOCAL enable_nestloop = off", tx);
            inserted = await Execute(InsertNewSql, tx);
            await tx.CommitAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return null;
        }

        // Every staged hour was new: nothing can conflict, and the common import pays for no second join.
        var conflicts = inserted == staged ? [] : await Conflicts(StoredConflictsFastSql, null, stored: true);
        return new Result(inserted, 0, conflicts);
    }

    /// <summary>The general path: repeated hours and corrections resolved per series and hour, in one transaction.</summary>
    public async Task<Result> ResolveAsync()
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        await Execute("SET LOCAL enable_nestloop = off", tx);
        await Execute(KeyedSql, tx);
        var conflicts = await Conflicts(FileConflictsSql, tx, stored: false);
        await Execute(CandidatesSql, tx);
        conflicts.AddRange(await Conflicts(StoredConflictsSql, tx, stored: true));
        var updated = await Execute(SupersedeSql, tx, new { Source = source });
        var inserted = await Execute(InsertCandidatesSql, tx);
        await tx.CommitAsync(ct);
        return new Result(inserted, updated, conflicts);
    }

    private Task<int> Execute(string sql, NpgsqlTransaction? tx, object? parameters = null) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, tx, commandTimeout: 0, cancellationToken: ct));

    private async Task<List<RecordError>> Conflicts(string sql, NpgsqlTransaction? tx, bool stored)
    {
        var rows = await connection.QueryAsync<Conflict>(new CommandDefinition(sql, transaction: tx, commandTimeout: 0, cancellationToken: ct));
        return [.. rows.Select(c => c.ToError(source, stored))];
    }

    /// <summary>What a chunk's merge did: rows inserted, stored values replaced by corrections, and the conflicts.</summary>
    public sealed record Result(long Inserted, long Updated, List<RecordError> Conflicts);

    private sealed record Conflict(long Line, double Value, long? OtherLine, double OtherValue, string EnterpriseId, string FacilityId, string Pollutant, DateTime Hour)
    {
        public RecordError ToError(string source, bool stored)
        {
            var hour = new DateTimeOffset(DateTime.SpecifyKind(Hour, DateTimeKind.Utc)).ToOffset(ChinaTime.Offset).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
            var other = stored ? "already stored" : $"at line {OtherLine} of this file";
            return new RecordError("concentrationMgM3",
                $"conflicting value for {EnterpriseId}/{FacilityId}/{Pollutant} at {hour}: {Number(Value)} here, {Number(OtherValue)} {other}; "
                + "nothing was changed (send it with correction=true to replace the earlier value)")
            {
                Source = source, Index = (int)Line, RecordId = EnterpriseId,
            };
        }

        private static string Number(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);
    }
}
