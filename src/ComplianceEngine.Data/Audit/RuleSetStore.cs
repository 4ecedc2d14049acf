using ComplianceEngine.Data.Paging;
using ComplianceEngine.Rules;
using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Audit;

/// <summary>Rule-set versions, stored once per hash, as the bytes they were loaded from.</summary>
public sealed class RuleSetStore(NpgsqlDataSource dataSource)
{
    private const string InsertSql = """
        INSERT INTO rule_set_versions (hash, content) VALUES (@Hash, @Content::jsonb) ON CONFLICT (hash) DO NOTHING
        """;

    private const string SelectSql = """
        SELECT content::text FROM rule_set_versions WHERE hash = @Hash
        """;

    private const string CountSql = "SELECT count(*) FROM rule_set_versions";

    private const string PageSql = """
        SELECT hash AS Hash, loaded_at AS StoredAt FROM rule_set_versions ORDER BY loaded_at DESC, hash OFFSET @Offset LIMIT @Limit
        """;

    /// <summary>Stores the rule set's snapshot under its version unless it is already there; returns whether it was new.</summary>
    public async Task<bool> EnsureAsync(RuleSet ruleSet, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var content = RuleSetContent.ToJson(ruleSet.Snapshot);
        return await connection.ExecuteAsync(new CommandDefinition(InsertSql, new { Hash = ruleSet.Version, Content = content }, cancellationToken: ct)) == 1;
    }

    /// <summary>The stored versions, newest first, a page at a time.</summary>
    public Task<PagedRows<StoredRuleSetVersion>> ListAsync(PageRequest page, CancellationToken ct = default) =>
        PagedQuery.ReadAsync<StoredRuleSetVersion>(dataSource, CountSql, PageSql, [], page, ct);

    public async Task<RuleSetSnapshot?> LoadAsync(string hash, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var json = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(SelectSql, new { Hash = hash }, cancellationToken: ct));
        return json is null ? null : RuleSetContent.FromJson(hash, json);
    }
}

/// <summary>A rule-set version in the audit trail: its hash and when it was first stored (UTC).</summary>
public sealed record StoredRuleSetVersion(string Hash, DateTime StoredAt);
