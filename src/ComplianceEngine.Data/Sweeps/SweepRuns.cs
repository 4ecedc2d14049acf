using Npgsql;

namespace ComplianceEngine.Data.Sweeps;

/// <summary>
/// The sweeps queued so far, one per as-of date and rule-set version (<c>sweep_runs</c>): the queue-level guard that
/// refuses a second sweep of a date already queued or done. A fan-out claims its date first, queues its batches, then
/// marks the claim complete; a claim left incomplete (the fan-out's process died) may be taken over after a delay.
/// </summary>
public sealed class SweepRuns(NpgsqlDataSource dataSource)
{
    // The row is new, or an incomplete claim older than the delay is taken over: in both cases RETURNING gives a row.
    private const string ClaimSql = """
        INSERT INTO sweep_runs (as_of, rule_set_hash) VALUES ($1, $2)
        ON CONFLICT (as_of, rule_set_hash) DO UPDATE SET claimed_at = now()
            WHERE sweep_runs.batches IS NULL AND sweep_runs.claimed_at < now() - $3
        RETURNING true
        """;

    private const string CompleteSql = "UPDATE sweep_runs SET batches = $3, queued_at = now() WHERE as_of = $1 AND rule_set_hash = $2";

    private const string ReleaseSql = "DELETE FROM sweep_runs WHERE as_of = $1 AND rule_set_hash = $2 AND batches IS NULL";

    private const string ExistsSql = "SELECT EXISTS (SELECT 1 FROM sweep_runs WHERE as_of = $1 AND rule_set_hash = $2)";

    /// <summary>
    /// Claims the sweep of <paramref name="asOf"/> under rule-set <paramref name="ruleSetVersion"/>: true when this
    /// caller may queue it; false when it is queued or done already, or another fan-out claimed it less than
    /// <paramref name="takeOverAfter"/> ago and has not finished queueing.
    /// </summary>
    public async Task<bool> ClaimAsync(DateOnly asOf, string ruleSetVersion, TimeSpan takeOverAfter, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(ClaimSql);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = asOf });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ruleSetVersion });
        command.Parameters.Add(new NpgsqlParameter<TimeSpan> { TypedValue = takeOverAfter });
        return await command.ExecuteScalarAsync(ct) is true;
    }

    /// <summary>Marks the claim complete once every batch is queued: from now on the date is refused for good.</summary>
    public Task CompleteAsync(DateOnly asOf, string ruleSetVersion, int batches, CancellationToken ct = default) =>
        ExecuteAsync(CompleteSql, asOf, ruleSetVersion, batches, ct);

    /// <summary>Gives up an incomplete claim (the fan-out failed before queueing every batch), so a retry may claim it again.</summary>
    public Task ReleaseAsync(DateOnly asOf, string ruleSetVersion, CancellationToken ct = default) =>
        ExecuteAsync(ReleaseSql, asOf, ruleSetVersion, null, ct);

    /// <summary>Whether a sweep of the date under the rule-set version is claimed, queued or done.</summary>
    public async Task<bool> ExistsAsync(DateOnly asOf, string ruleSetVersion, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(ExistsSql);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = asOf });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ruleSetVersion });
        return await command.ExecuteScalarAsync(ct) is true;
    }

    private async Task ExecuteAsync(string sql, DateOnly asOf, string ruleSetVersion, int? batches, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = asOf });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ruleSetVersion });
        if (batches is { } count)
        {
            command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = count });
        }

        await command.ExecuteNonQueryAsync(ct);
    }
}
