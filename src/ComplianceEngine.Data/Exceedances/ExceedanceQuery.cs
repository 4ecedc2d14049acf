using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Screening;
using ComplianceEngine.Screening.Monitoring;
using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Exceedances;

/// <summary>
/// Finds the hourly readings above their applicable limit and totals them by China local day and month, in SQL.
/// The limits come in as arrays (one row per facility, pollutant and validity window), resolved in C# from the
/// rule set; the lowest limit in force on the reading's local day applies.
/// </summary>
public sealed class ExceedanceQuery(NpgsqlDataSource dataSource) : IExceedanceSource
{
    private const string ExceedingCte = """
        WITH limits AS (
            SELECT * FROM unnest(@FacilityIds::text[], @LimitPollutants::text[], @Values::float8[], @Froms::date[], @Tos::date[])
                AS l(facility_id, pollutant, value_mg_m3, valid_from, valid_to)
        ),
        readings AS (
            SELECT s.facility_id, s.pollutant, r.hour, r.concentration_mg_m3,
                   (r.hour AT TIME ZONE 'Asia/Shanghai')::date AS local_day
            FROM monitoring_series s
            JOIN monitoring_readings r ON r.series_id = s.id
            WHERE s.enterprise_id = @EnterpriseId AND r.hour >= @From AND r.hour < @To
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

    public async Task<ExceedanceReport> FindAsync(
        string enterpriseId, IReadOnlyList<LimitWindow> windows, DateTimeOffset from, DateTimeOffset to, CancellationToken ct = default)
    {
        var parameters = new
        {
            EnterpriseId = enterpriseId,
            From = from.UtcDateTime,
            To = to.UtcDateTime,
            FacilityIds = windows.Select(w => w.FacilityId).ToArray(),
            LimitPollutants = windows.Select(w => w.Pollutant).ToArray(),
            Values = windows.Select(w => w.Limit.ValueMgM3).ToArray(),
            Froms = windows.Select(w => w.From.ToDateTime(TimeOnly.MinValue)).ToArray(),
            Tos = windows.Select(w => w.To?.ToDateTime(TimeOnly.MinValue)).ToArray(),
        };
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var hours = (await connection.QueryAsync<HourRow>(new CommandDefinition(HoursSql, parameters, cancellationToken: ct)))
            .Select(h => new ExceedanceHour(h.FacilityId, h.Pollutant, new DateTimeOffset(h.Hour, TimeSpan.Zero).ToOffset(ChinaTime.Offset), h.ConcentrationMgM3, h.LimitMgM3))
            .ToList();
        var periods = (await connection.QueryAsync<PeriodRow>(new CommandDefinition(PeriodsSql, parameters, cancellationToken: ct))).ToList();
        return new ExceedanceReport(
            enterpriseId, from, to, hours,
            [.. periods.Where(p => !p.IsMonth).Select(p => p.ToPeriod())],
            [.. periods.Where(p => p.IsMonth).Select(p => p.ToPeriod())]);
    }

    private sealed record HourRow(string FacilityId, string Pollutant, DateTime Hour, double ConcentrationMgM3, double LimitMgM3);

    private sealed record PeriodRow(bool IsMonth, string FacilityId, string Pollutant, DateOnly Start, int Hours, double MaxConcentrationMgM3, double LimitMgM3)
    {
        public ExceedancePeriod ToPeriod() =>
            new(FacilityId, Pollutant, Start, Hours, MaxConcentrationMgM3, LimitMgM3);
    }
}
