using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Audit;

/// <summary>Rule-set versions, stored once per hash.</summary>
public sealed class RuleSetStore(NpgsqlDataSource dataSource)
{
    private const string InsertSql = """
        INSERT INTO rule_set_versions (hash, content) VALUES (@Hash, @Content::jsonb) ON CONFLICT (hash) DO NOTHING
        """;

    private const string SelectSql = """
        SELECT content::text FROM rule_set_versions WHERE hash = @Hash
        """;

    /// <summary>Stores the version unless it is already there; returns whether it was new.</summary>
    public async Task<bool> EnsureAsync(string hash, RuleSetFiles files, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(InsertSql, new { Hash = hash, Content = files.ToJson() }, cancellationToken: ct)) == 1;
    }

    public async Task<RuleSetFiles?> LoadAsync(string hash, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(SelectSql, new { Hash = hash }, cancellationToken: ct));
        return json is null ? null : RuleSetFiles.FromJson(json);
    }
}
