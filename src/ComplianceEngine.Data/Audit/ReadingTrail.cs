using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Audit;

/// <summary>
/// Every value an hourly reading has had: the current one and those corrections replaced
/// (<c>monitoring_reading_revisions</c>), so that the value an evaluation made at a given time used can be shown.
/// </summary>
public sealed class ReadingTrail(NpgsqlDataSource dataSource)
{
    private const string VersionsSql = """
        SELECT v.concentration_mg_m3 AS ConcentrationMgM3, v.recorded_at AS RecordedAt, v.superseded_at AS SupersededAt
        FROM monitoring_reading_revisions v JOIN monitoring_series s ON s.id = v.series_id
        WHERE s.enterprise_id = @EnterpriseId AND s.facility_id = @FacilityId AND s.pollutant = @Pollutant AND v.hour = @Hour
        UNION ALL
        SELECT r.concentration_mg_m3, r.recorded_at, NULL
        FROM monitoring_readings r JOIN monitoring_series s ON s.id = r.series_id
        WHERE s.enterprise_id = @EnterpriseId AND s.facility_id = @FacilityId AND s.pollutant = @Pollutant AND r.hour = @Hour
        ORDER BY RecordedAt
        """;

    /// <summary>The values of one series' hour, oldest first; the last has no <see cref="ReadingVersion.SupersededAt"/> (current).</summary>
    public async Task<IReadOnlyList<ReadingVersion>> VersionsAsync(string enterpriseId, string facilityId, string pollutant, DateTimeOffset hour, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(VersionsSql,
            new { EnterpriseId = enterpriseId, FacilityId = facilityId, Pollutant = pollutant, Hour = hour.UtcDateTime }, cancellationToken: ct));
        return [.. rows.Select(r => new ReadingVersion(r.ConcentrationMgM3, Utc(r.RecordedAt), r.SupersededAt is { } s ? Utc(s) : null))];
    }

    /// <summary>The value in force at <paramref name="at"/> (what an evaluation made then used), or null when there was none yet.</summary>
    public async Task<double?> ValueAtAsync(string enterpriseId, string facilityId, string pollutant, DateTimeOffset hour, DateTimeOffset at, CancellationToken ct = default)
    {
        foreach (var version in await VersionsAsync(enterpriseId, facilityId, pollutant, hour, ct))
        {
            if (version.RecordedAt <= at && (version.SupersededAt is null || version.SupersededAt > at))
            {
                return version.ConcentrationMgM3;
            }
        }

        return null;
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private sealed record Row(double ConcentrationMgM3, DateTime RecordedAt, DateTime? SupersededAt);
}

/// <summary>One value an hourly reading had (mg/m³), from when it was stored until it was superseded (null: current).</summary>
public sealed record ReadingVersion(double ConcentrationMgM3, DateTimeOffset RecordedAt, DateTimeOffset? SupersededAt);
