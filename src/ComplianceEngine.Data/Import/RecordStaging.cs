using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace ComplianceEngine.Data.Import;

/// <summary>
/// Binary-COPYs records into a temporary table, then upserts each kind with one statement. A row whose record is
/// unchanged is not touched (no new tuple, <c>updated_at</c> kept), so re-importing a file changes nothing.
/// </summary>
internal sealed class RecordStaging : StagingTable<RecordRow>
{
    private const string CreateSql = """
        CREATE TEMP TABLE record_staging (
            kind text, id text COLLATE "C", name text, industry_code text, city text, county text, sectors text[],
            credit_code text, permit_number text, permit_management_class text, permit_valid_from date,
            permit_valid_to date, enterprise_id text, construction_type text, application_date date, record jsonb)
        """;

    private const string CopySql = """
        COPY record_staging (kind, id, name, industry_code, city, county, sectors, credit_code, permit_number,
            permit_management_class, permit_valid_from, permit_valid_to, enterprise_id, construction_type,
            application_date, record) FROM STDIN (FORMAT BINARY)
        """;

    // xmax = 0 tells a freshly inserted row from one the ON CONFLICT branch updated.
    private const string UpsertEnterprisesSql = """
        WITH upserted AS (
            INSERT INTO enterprises AS t (id, name, credit_code, industry_code, city, county, sectors, permit_number,
                permit_management_class, permit_valid_from, permit_valid_to, record)
            SELECT id, name, credit_code, industry_code, city, county, sectors, permit_number,
                permit_management_class, permit_valid_from, permit_valid_to, record
            FROM record_staging WHERE kind = 'enterprise'
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, credit_code = excluded.credit_code, industry_code = excluded.industry_code,
                city = excluded.city, county = excluded.county, sectors = excluded.sectors,
                permit_number = excluded.permit_number, permit_management_class = excluded.permit_management_class,
                permit_valid_from = excluded.permit_valid_from, permit_valid_to = excluded.permit_valid_to,
                record = excluded.record, updated_at = now()
            WHERE t.record IS DISTINCT FROM excluded.record
            RETURNING (xmax = 0) AS inserted)
        SELECT count(*) FILTER (WHERE inserted) AS Inserted, count(*) FILTER (WHERE NOT inserted) AS Updated FROM upserted
        """;

    private const string UpsertProjectsSql = """
        WITH upserted AS (
            INSERT INTO projects AS t (id, name, enterprise_id, industry_code, city, county, sectors,
                construction_type, application_date, record)
            SELECT id, name, enterprise_id, industry_code, city, county, sectors,
                construction_type, application_date, record
            FROM record_staging WHERE kind = 'project'
            ON CONFLICT (id) DO UPDATE SET
                name = excluded.name, enterprise_id = excluded.enterprise_id, industry_code = excluded.industry_code,
                city = excluded.city, county = excluded.county, sectors = excluded.sectors,
                construction_type = excluded.construction_type, application_date = excluded.application_date,
                record = excluded.record, updated_at = now()
            WHERE t.record IS DISTINCT FROM excluded.record
            RETURNING (xmax = 0) AS inserted)
        SELECT count(*) FILTER (WHERE inserted) AS Inserted, count(*) FILTER (WHERE NOT inserted) AS Updated FROM upserted
        """;

    private const string DropSql = "DROP TABLE IF EXISTS record_staging";

    private RecordStaging(NpgsqlConnection connection)
        : base(connection, DropSql)
    {
    }

    public static Task<RecordStaging> StartAsync(NpgsqlDataSource dataSource, CancellationToken ct) =>
        OpenAsync(dataSource, CreateSql, CopySql, static connection => new RecordStaging(connection), ct);

    protected override void Write(NpgsqlBinaryImporter copy, in RecordRow r)
    {
        copy.Write(r.Kind, NpgsqlDbType.Text);
        copy.Write(r.Id, NpgsqlDbType.Text);
        copy.Write(r.Name, NpgsqlDbType.Text);
        copy.Write(r.IndustryCode, NpgsqlDbType.Text);
        copy.Write(r.City, NpgsqlDbType.Text);
        WriteNullable(copy, r.County);
        copy.Write(r.Sectors, NpgsqlDbType.Array | NpgsqlDbType.Text);
        WriteNullable(copy, r.CreditCode);
        WriteNullable(copy, r.PermitNumber);
        WriteNullable(copy, r.PermitManagementClass);
        WriteNullable(copy, r.PermitValidFrom);
        WriteNullable(copy, r.PermitValidTo);
        WriteNullable(copy, r.EnterpriseId);
        WriteNullable(copy, r.ConstructionType);
        WriteNullable(copy, r.ApplicationDate);
        copy.Write(r.Json, NpgsqlDbType.Jsonb);
    }

    protected override async Task<(long Inserted, long Updated, long Unchanged)> MergeAsync(NpgsqlConnection connection, long staged, CancellationToken ct)
    {
        // Both upserts of a chunk in one transaction.
        await using var tx = await connection.BeginTransactionAsync(ct);
        var e = await connection.QuerySingleAsync<Counts>(new CommandDefinition(UpsertEnterprisesSql, transaction: tx, commandTimeout: 0, cancellationToken: ct));
        var p = await connection.QuerySingleAsync<Counts>(new CommandDefinition(UpsertProjectsSql, transaction: tx, commandTimeout: 0, cancellationToken: ct));
        await tx.CommitAsync(ct);

        var inserted = e.Inserted + p.Inserted;
        var updated = e.Updated + p.Updated;
        return (inserted, updated, staged - inserted - updated);
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter copy, DateOnly? value)
    {
        if (value is { } d)
        {
            copy.Write(d, NpgsqlDbType.Date);
        }
        else
        {
            copy.WriteNull();
        }
    }

    private sealed record Counts(long Inserted, long Updated);
}
