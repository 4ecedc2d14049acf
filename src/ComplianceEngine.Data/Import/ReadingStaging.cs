using System.Collections.Concurrent;
using ComplianceEngine.Core.Evaluation;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace ComplianceEngine.Data.Import;

/// <summary>
/// Binary-COPYs readings into a temporary table, creates the monthly partitions and series the batch needs, then
/// merges (<see cref="ReadingMerge"/>): new hours are inserted, a repeated hour with the same value is unchanged, one
/// with another value is a conflict reported in <see cref="_conflicts"/> unless marked as a correction.
/// </summary>
internal sealed class ReadingStaging : StagingTable<ReadingRow>
{
    private const string CreateSql = """
        CREATE TEMP TABLE reading_staging (
            enterprise_id text COLLATE "C", facility_id text COLLATE "C", pollutant text COLLATE "C", hour timestamptz,
            concentration_mg_m3 double precision, line bigint, correction boolean)
        """;

    private const string CopySql = """
        COPY reading_staging (enterprise_id, facility_id, pollutant, hour, concentration_mg_m3, line, correction) FROM STDIN (FORMAT BINARY)
        """;

    private const string PartitionsSql = """
        SELECT ensure_monitoring_partitions(min(hour), max(hour)) FROM reading_staging
        """;

    private const string SeriesSql = """
        INSERT INTO monitoring_series (enterprise_id, facility_id, pollutant)
        SELECT DISTINCT enterprise_id, facility_id, pollutant FROM reading_staging
        ON CONFLICT ON CONSTRAINT monitoring_series_key DO NOTHING
        """;

    // Readings are kept whatever their enterprise (its record may be imported later), but an id the register does not
    // know is named, so a mistyped one is seen rather than stored silently.
    private const string UnregisteredSql = """
        SELECT r.enterprise_id AS EnterpriseId, count(*) AS Readings, min(r.line) AS FirstLine FROM reading_staging r
        WHERE NOT EXISTS (SELECT 1 FROM enterprises e WHERE e.id = r.enterprise_id)
        GROUP BY r.enterprise_id ORDER BY min(r.line)
        """;

    private const string DropSql = "DROP TABLE IF EXISTS reading_staging; RESET work_mem";

    private readonly string _source;
    private readonly ConcurrentQueue<RecordError> _conflicts;
    private readonly ConcurrentQueue<RecordError> _warnings;
    private bool _anyCorrection;

    private ReadingStaging(NpgsqlConnection connection, string source, ConcurrentQueue<RecordError> conflicts, ConcurrentQueue<RecordError> warnings)
        : base(connection, DropSql)
    {
        _source = source;
        _conflicts = conflicts;
        _warnings = warnings;
    }

    /// <summary>
    /// A staging for one chunk of <paramref name="source"/>; conflicts are queued in <paramref name="conflicts"/>, and
    /// readings of enterprises not in the register in <paramref name="warnings"/> (merges run on another thread).
    /// </summary>
    public static Task<ReadingStaging> StartAsync(NpgsqlDataSource dataSource, string source, ConcurrentQueue<RecordError> conflicts,
        ConcurrentQueue<RecordError> warnings, CancellationToken ct) =>
        OpenAsync(dataSource, CreateSql, CopySql, connection => new ReadingStaging(connection, source, conflicts, warnings), ct);

    protected override void Write(NpgsqlBinaryImporter copy, in ReadingRow r)
    {
        copy.Write(r.EnterpriseId, NpgsqlDbType.Text);
        copy.Write(r.FacilityId, NpgsqlDbType.Text);
        copy.Write(r.Pollutant, NpgsqlDbType.Text);
        copy.Write(r.Hour.UtcDateTime, NpgsqlDbType.TimestampTz);
        copy.Write(r.ConcentrationMgM3, NpgsqlDbType.Double);
        copy.Write(r.Line, NpgsqlDbType.Bigint);
        copy.Write(r.Correction, NpgsqlDbType.Boolean);
        _anyCorrection |= r.Correction;
    }

    /// <summary>Merges the staged readings; conflicts count neither as inserted nor as unchanged.</summary>
    protected override async Task<(long Inserted, long Updated, long Unchanged)> MergeAsync(NpgsqlConnection connection, long staged, CancellationToken ct)
    {
        // Partitions commit on their own first, so the long insert does not hold the partition-creation lock.
        await connection.ExecuteAsync(new CommandDefinition(PartitionsSql, commandTimeout: 0, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(SeriesSql, commandTimeout: 0, cancellationToken: ct));
        foreach (var u in await connection.QueryAsync<Unregistered>(new CommandDefinition(UnregisteredSql, commandTimeout: 0, cancellationToken: ct)))
        {
            _warnings.Enqueue(new RecordError("enterpriseId",
                $"enterprise '{u.EnterpriseId}' is not in the register: its readings ({u.Readings} in this batch, the first at line {u.FirstLine}) were stored, "
                + "but no evaluation uses them until its record is imported; check the id if it was mistyped")
            {
                Source = _source, Index = (int)u.FirstLine, RecordId = u.EnterpriseId,
            });
        }

        // The anti-join sorts the batch by key; in memory that takes a third of the time of a sort spilled to disk.
        await connection.ExecuteAsync("SET work_mem = '256MB'");
        // A temporary table has no statistics until analysed; without them the planner guesses a few hundred rows.
        await connection.ExecuteAsync(new CommandDefinition("ANALYZE reading_staging", commandTimeout: 0, cancellationToken: ct));
        var merge = new ReadingMerge(connection, _source, ct);
        var result = _anyCorrection ? null : await merge.TryFastAsync(staged);
        result ??= await merge.ResolveAsync();
        foreach (var conflict in result.Conflicts)
        {
            _conflicts.Enqueue(conflict);
        }

        return (result.Inserted, result.Updated, staged - result.Inserted - result.Updated - result.Conflicts.Count);
    }

    private sealed record Unregistered(string EnterpriseId, long Readings, long FirstLine);
}
