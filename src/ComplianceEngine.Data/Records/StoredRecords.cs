using System.Runtime.CompilerServices;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Screening;
using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Records;

/// <summary>Reads imported records back as the engine's types, for evaluating what the database holds.</summary>
public sealed class StoredRecords(NpgsqlDataSource dataSource) : IRecordSource
{
    private const string EnterprisesByIdSql = "SELECT id AS Id, record::text AS Json FROM enterprises WHERE id = ANY(@Ids) ORDER BY id";
    private const string ProjectsByIdSql = "SELECT id AS Id, record::text AS Json FROM projects WHERE id = ANY(@Ids) ORDER BY id";
    private const string AllEnterprisesSql = "SELECT id AS Id, record::text AS Json FROM enterprises ORDER BY id";
    private const string AllProjectsSql = "SELECT id AS Id, record::text AS Json FROM projects ORDER BY id";

    /// <summary>The records of a kind (<c>enterprise</c> or <c>project</c>) with the given ids, or all of them when <paramref name="ids"/> is null; streamed.</summary>
    public async IAsyncEnumerable<ParsedRecord> ReadAsync(string kind, IReadOnlyList<string>? ids, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var sql = (kind, ids) switch
        {
            ("enterprise", null) => AllEnterprisesSql,
            ("enterprise", _) => EnterprisesByIdSql,
            ("project", null) => AllProjectsSql,
            ("project", _) => ProjectsByIdSql,
            _ => throw new ArgumentException($"unknown kind '{kind}'", nameof(kind)),
        };
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = connection.QueryUnbufferedAsync<Row>(sql, new { Ids = ids?.ToArray() });
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return RecordReader.Read(row.Json, $"{kind} {row.Id}").Records.Single();
        }
    }

    private sealed record Row(string Id, string Json);
}
