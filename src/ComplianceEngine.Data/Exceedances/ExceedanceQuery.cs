using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Screening;
using ComplianceEngine.Screening.Monitoring;
using Npgsql;

namespace ComplianceEngine.Data.Exceedances;

/// <summary>
/// Finds the hourly readings above their applicable limit and totals them by China local day and month, in SQL.
/// The limits come in as arrays (one row per facility, pollutant and validity window), resolved in C# from the
/// rule set; the lowest limit in force on the reading's local day applies. Every statement is prepared once per pooled
/// connection: planning the exceedance statements over thirteen monthly partitions cost more than running them.
/// </summary>
public sealed class ExceedanceQuery(NpgsqlDataSource dataSource) : IExceedanceSource
{
    private const string ExceedingCte = """
        WITH limits AS (
            SELECT * FROM unnest($1::text[], $2::text[], $3::float8[], $4::date[], $5::date[])
                AS l(facility_id, pollutant, value_mg_m3, valid_from, valid_to)
        ),
        readings AS (
            SELECT s.facility_id, s.pollutant, r.hour, r.concentration_mg_m3,
                   (r.hour AT TIME ZONE 'Asia/Shanghai')::date AS local_day
            FROM monitoring_series s
            JOIN monitoring_readings r ON r.series_id = s.id
            WHERE s.enterprise_id = $6 AND r.hour >= $7 AND r.hour < $8
        ),
        exceeding AS (
            SELECT r.*, lim.value_mg_m3 AS limit_mg_m3
            FROM readings r
            CROSS JOIN LATERAL (
                SELECT min(l.value_mg_m3) AS value_mg_m3 FROM limits l
                WHERE l.facility_id = r.facility_id AND l.pollutant = r.pollutant
                  AND r.local_day >= l.valid_from AND (l.valid_to IS NULL OR r.local_day <= l.valid_to)
            ) lim
            WHERE r.concentration_mg_m3 > lim.value_mg_m3
        )
        """;

    private const string HoursSql = ExceedingCte + """
        SELECT facility_id AS FacilityId, pollutant AS Pollutant, hour AS Hour,
               concentration_mg_m3 AS ConcentrationMgM3, limit_mg_m3 AS LimitMgM3
        FROM exceeding ORDER BY facility_id, pollutant, hour
        """;

    // One pass, two groupings: per local day and per local month.
    private const string PeriodsSql = ExceedingCte + """
        SELECT GROUPING(local_day) = 1 AS IsMonth, facility_id AS FacilityId, pollutant AS Pollutant,
               coalesce(local_day, month) AS Start,
               count(*)::int AS Hours, max(concentration_mg_m3) AS MaxConcentrationMgM3, min(limit_mg_m3) AS LimitMgM3
        FROM (SELECT *, date_trunc('month', local_day)::date AS month FROM exceeding) e
        GROUP BY GROUPING SETS ((facility_id, pollutant, month, local_day), (facility_id, pollutant, month))
        ORDER BY facility_id, pollutant, Start, IsMonth
        """;

    // Which of a batch's enterprises have any reading in the window: nearly all of a register has none, and for
    // those the two statements above need not run at all.
    private const string MonitoredSql = """
        SELECT DISTINCT s.enterprise_id FROM monitoring_series s
        WHERE s.enterprise_id = ANY($1) AND EXISTS (
            SELECT 1 FROM monitoring_readings r WHERE r.series_id = s.id AND r.hour >= $2 AND r.hour < $3)
        """;

    public async Task<ExceedanceReport> FindAsync(
        string enterpriseId, IReadOnlyList<LimitWindow> windows, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var hours = new List<ExceedanceHour>();
        await using (var command = await PrepareAsync(connection, HoursSql, enterpriseId, windows, from, to, ct))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var hour = new DateTimeOffset(reader.GetFieldValue<DateTime>(2), TimeSpan.Zero).ToOffset(ChinaTime.Offset);
                hours.Add(new ExceedanceHour(reader.GetString(0), reader.GetString(1), hour, reader.GetDouble(3), reader.GetDouble(4)));
            }
        }

        var days = new List<ExceedancePeriod>();
        var months = new List<ExceedancePeriod>();
        await using (var command = await PrepareAsync(connection, PeriodsSql, enterpriseId, windows, from, to, ct))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var period = new ExceedancePeriod(reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateOnly>(3), reader.GetInt32(4), reader.GetDouble(5), reader.GetDouble(6));
                (reader.GetBoolean(0) ? months : days).Add(period);
            }
        }

        return new ExceedanceReport(enterpriseId, from, to, hours, days, months);
    }

    public async Task<IReadOnlySet<string>> MonitoredAsync(IReadOnlyCollection<string> enterpriseIds, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        var monitored = new HashSet<string>(StringComparer.Ordinal);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(MonitoredSql, connection)
        {
            Parameters =
            {
                new NpgsqlParameter<string[]> { TypedValue = [.. enterpriseIds] },
                new NpgsqlParameter<DateTime> { TypedValue = from.UtcDateTime },
                new NpgsqlParameter<DateTime> { TypedValue = to.UtcDateTime },
            },
        };
        await command.PrepareAsync(ct);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            monitored.Add(reader.GetString(0));
        }

        return monitored;
    }

    private static async Task<NpgsqlCommand> PrepareAsync(NpgsqlConnection connection, string sql, string enterpriseId, IReadOnlyList<LimitWindow> windows,
        DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var command = new NpgsqlCommand(sql, connection)
        {
            Parameters =
            {
                new NpgsqlParameter<string[]> { TypedValue = [.. windows.Select(w => w.FacilityId)] },
                new NpgsqlParameter<string[]> { TypedValue = [.. windows.Select(w => w.Pollutant)] },
                new NpgsqlParameter<double[]> { TypedValue = [.. windows.Select(w => w.Limit.ValueMgM3)] },
                new NpgsqlParameter<DateOnly[]> { TypedValue = [.. windows.Select(w => w.From)] },
                new NpgsqlParameter<DateOnly?[]> { TypedValue = [.. windows.Select(w => w.To)] },
                new NpgsqlParameter<string> { TypedValue = enterpriseId },
                new NpgsqlParameter<DateTime> { TypedValue = from.UtcDateTime },
                new NpgsqlParameter<DateTime> { TypedValue = to.UtcDateTime },
            },
        };
        // Prepared once per pooled connection and kept by Npgsql: later executions skip parsing and planning.
        await command.PrepareAsync(ct);
        return command;
    }
}
