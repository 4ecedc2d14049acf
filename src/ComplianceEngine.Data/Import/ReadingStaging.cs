using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace ComplianceEngine.Data.Import;

/// <summary>
/// Binary-COPYs readings into a temporary table, creates the monthly partitions the batch needs, then inserts into
/// the partitioned table, ignoring readings already stored for the same (enterprise, facility, pollutant, hour).
/// </summary>
internal sealed class ReadingStaging : StagingTable<ReadingRow>
{
    private const string CreateSql = """
        CREATE TEMP TABLE reading_staging (
            enterprise_id text COLLATE "C", facility_id text COLLATE "C", pollutant text COLLATE "C", hour timestamptz,
            concentration_mg_m3 double precision)
        """;

    private const string CopySql = """
        COPY reading_staging (enterprise_id, facility_id, pollutant, hour, concentration_mg_m3) FROM STDIN (FORMAT BINARY)
        """;

    private const string PartitionsSql = """
        SELECT ensure_monitoring_partitions(min(hour), max(hour)) FROM reading_staging
        """;

    private const string SeriesSql = """
        INSERT INTO monitoring_series (enterprise_id, facility_id, pollutant)
        SELECT DISTINCT enterprise_id, facility_id, pollutant FROM reading_staging
        ON CONFLICT ON CONSTRAINT monitoring_series_key DO NOTHING
        """;

    // The fast path: an anti-join, which PostgreSQL runs as a merge over sorted keys, so the index is filled in
    // order. Measured on 2,000,000 readings: 4.9 s, against 9.8 s for ON CONFLICT DO NOTHING row by row.
    private const string InsertNewSql = """
        INSERT INTO monitoring_readings (series_id, hour, concentration_mg_m3)
        SELECT s.id, r.hour, r.concentration_mg_m3
        FROM reading_staging r
        JOIN monitoring_series s ON s.enterprise_id = r.enterprise_id AND s.facility_id = r.facility_id AND s.pollutant = r.pollutant
        WHERE NOT EXISTS (SELECT 1 FROM monitoring_readings m WHERE m.series_id = s.id AND m.hour = r.hour)
        """;

    // The same hour twice in one file breaks the fast path's unique key; this path keeps the first and skips the rest.
    private const string InsertDeduplicatingSql = """
        INSERT INTO monitoring_readings (series_id, hour, concentration_mg_m3)
        SELECT s.id, r.hour, r.concentration_mg_m3
        FROM reading_staging r
        JOIN monitoring_series s ON s.enterprise_id = r.enterprise_id AND s.facility_id = r.facility_id AND s.pollutant = r.pollutant
        ON CONFLICT (series_id, hour) DO NOTHING
        """;

    private const string DropSql = "DROP TABLE IF EXISTS reading_staging; RESET work_mem";

    private ReadingStaging(NpgsqlConnection connection)
        : base(connection, DropSql)
    {
    }

    public static Task<ReadingStaging> StartAsync(NpgsqlDataSource dataSource, CancellationToken ct) =>
        OpenAsync(dataSource, CreateSql, CopySql, static connection => new ReadingStaging(connection), ct);

    protected override void Write(NpgsqlBinaryImporter copy, in ReadingRow r)
    {
        copy.Write(r.EnterpriseId, NpgsqlDbType.Text);
        copy.Write(r.FacilityId, NpgsqlDbType.Text);
        copy.Write(r.Pollutant, NpgsqlDbType.Text);
        copy.Write(r.Hour.UtcDateTime, NpgsqlDbType.TimestampTz);
        copy.Write(r.ConcentrationMgM3, NpgsqlDbType.Double);
    }

    /// <summary>Inserts the staged readings; those already stored count as unchanged.</summary>
    protected override async Task<(long Inserted, long Updated, long Unchanged)> MergeAsync(NpgsqlConnection connection, long staged, CancellationToken ct)
    {
        // Partitions commit on their own first, so the long insert does not hold the partition-creation lock.
        await connection.ExecuteAsync(new CommandDefinition(PartitionsSql, commandTimeout: 0, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(SeriesSql, commandTimeout: 0, cancellationToken: ct));
        // The anti-join sorts the batch by key; in memory that takes a third of the time of a sort spilled to disk.
        await connection.ExecuteAsync("SET work_mem = '256MB'");
        // A temporary table has no statistics until analysed; without them the planner guesses a few hundred rows.
        await connection.ExecuteAsync(new CommandDefinition("ANALYZE reading_staging", commandTimeout: 0, cancellationToken: ct));
        int inserted;
        try
        {
            // Never a nested loop here: when the planner believes the target partitions nearly empty it would scan
            // them once per staged row while the statement fills them (seen with a parameterised hour range: a
            // 1,000,000-row chunk ran for minutes). Merge or hash anti-joins stay linear.
            await using var tx = await connection.BeginTransactionAsync(ct);
            await connection.ExecuteAsync(new CommandDefinition("SET LOCAL enable_nestloop = off", transaction: tx, cancellationToken: ct));
            inserted = await connection.ExecuteAsync(new CommandDefinition(InsertNewSql, transaction: tx, commandTimeout: 0, cancellationToken: ct));
            await tx.CommitAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            inserted = await connection.ExecuteAsync(new CommandDefinition(InsertDeduplicatingSql, commandTimeout: 0, cancellationToken: ct));
        }

        return (inserted, 0, staged - inserted);
    }
}
