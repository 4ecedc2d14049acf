using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Import;

/// <summary>
/// Upserts inspection outcomes by (enterprise, date), with what they looked at and who recorded them; an unchanged
/// outcome is left alone. One path for files and for inspections recorded in the web workspace.
/// </summary>
public sealed class InspectionStore(NpgsqlDataSource dataSource)
{
    private const string UpsertSql = """
        WITH upserted AS (
            INSERT INTO inspections AS t (enterprise_id, date, violation_found, facility_id, pollutant, notes, inspector)
            SELECT * FROM unnest(@Ids::text[], @Dates::date[], @Violations::boolean[], @Facilities::text[], @Pollutants::text[], @Notes::text[],
                @Inspectors::text[])
            ON CONFLICT (enterprise_id, date) DO UPDATE SET violation_found = excluded.violation_found,
                facility_id = excluded.facility_id, pollutant = excluded.pollutant, notes = excluded.notes, inspector = excluded.inspector,
                imported_at = now()
            WHERE (t.violation_found, t.facility_id, t.pollutant, t.notes, t.inspector)
                IS DISTINCT FROM (excluded.violation_found, excluded.facility_id, excluded.pollutant, excluded.notes, excluded.inspector)
            RETURNING (xmax = 0) AS inserted)
        SELECT count(*) FILTER (WHERE inserted) AS Inserted, count(*) FILTER (WHERE NOT inserted) AS Updated FROM upserted
        """;

    private const string ForEnterpriseSql = """
        SELECT enterprise_id AS EnterpriseId, date AS Date, violation_found AS ViolationFound, facility_id AS FacilityId,
               pollutant AS Pollutant, notes AS Notes, inspector AS Inspector
        FROM inspections WHERE enterprise_id = @Id ORDER BY date DESC
        """;

    /// <summary>Rows must be unique by (enterprise, date); returns (inserted, updated, unchanged).</summary>
    public async Task<(long Inserted, long Updated, long Unchanged)> UpsertAsync(IReadOnlyList<InspectionRow> rows, CancellationToken ct = default)
    {
        if (rows.Count == 0)
        {
            return (0, 0, 0);
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var counts = await connection.QuerySingleAsync<Counts>(new CommandDefinition(UpsertSql, new
        {
            Ids = rows.Select(r => r.EnterpriseId).ToArray(),
            Dates = rows.Select(r => r.Date.ToDateTime(TimeOnly.MinValue)).ToArray(),
            Violations = rows.Select(r => r.ViolationFound).ToArray(),
            Facilities = rows.Select(r => r.FacilityId).ToArray(),
            Pollutants = rows.Select(r => r.Pollutant).ToArray(),
            Notes = rows.Select(r => r.Notes).ToArray(),
            Inspectors = rows.Select(r => r.Inspector).ToArray(),
        }, cancellationToken: ct));
        return (counts.Inserted, counts.Updated, rows.Count - counts.Inserted - counts.Updated);
    }

    /// <summary>An enterprise's inspections, newest first: the labels the risk model learns from, as stored.</summary>
    public async Task<IReadOnlyList<InspectionRow>> ForEnterpriseAsync(string enterpriseId, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return [.. await connection.QueryAsync<InspectionRow>(new CommandDefinition(ForEnterpriseSql, new { Id = enterpriseId }, cancellationToken: ct))];
    }

    private sealed record Counts(long Inserted, long Updated);
}
