using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Records;

/// <summary>The register's rows as the API reads them: a record's JSON as imported, and whether an id is registered.</summary>
public sealed class RegisterStore(NpgsqlDataSource dataSource)
{
    private const string EnterpriseJsonSql = "SELECT record::text FROM enterprises WHERE id = @Id";
    private const string ProjectJsonSql = "SELECT record::text FROM projects WHERE id = @Id";

    /// <summary>
    /// The record of a kind (<c>enterprise</c> or <c>project</c>) as imported (PostgreSQL's jsonb text), or null when
    /// no such id is registered.
    /// </summary>
    public async Task<string?> RecordJsonAsync(string kind, string id, CancellationToken ct = default)
    {
        var sql = kind switch
        {
            "enterprise" => EnterpriseJsonSql,
            "project" => ProjectJsonSql,
            _ => throw new ArgumentException($"unknown kind '{kind}'", nameof(kind)),
        };
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(sql, new { Id = id }, cancellationToken: ct));
    }
}
