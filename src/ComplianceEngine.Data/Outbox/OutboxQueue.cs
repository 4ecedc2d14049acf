using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Outbox;

/// <summary>
/// The outbox as a delivery queue with leases. <see cref="ClaimAsync"/> takes up to a batch of due, unclaimed (or
/// expired-lease) notices for one drainer in one short transaction (<c>FOR UPDATE SKIP LOCKED</c>, so concurrent
/// drainers take disjoint batches); the caller sends them with no transaction open and then marks each one with
/// <see cref="MarkSentAsync"/> or <see cref="MarkFailedAsync"/>, which succeed only while the caller still holds the
/// lease and the notice is not sent. Times are the caller's clock, so leases and back-off can be tested.
/// </summary>
public sealed class OutboxQueue(NpgsqlDataSource dataSource)
{
    private const string ClaimSql = $"""
        UPDATE notices SET claimed_until = @Until, claimed_by = @Drainer
        WHERE id IN (
            SELECT id FROM notices
            WHERE status <> 'sent' AND next_attempt_at <= @Now AND (claimed_until IS NULL OR claimed_until <= @Now)
              AND NOT (id = ANY(@Skip))
            ORDER BY next_attempt_at, id
            LIMIT @Batch
            FOR UPDATE SKIP LOCKED)
        RETURNING {OutboxColumns.Select}
        """;

    private const string SentSql = """
        UPDATE notices SET status = 'sent', attempts = attempts + 1, sent_at = @Now, last_error = NULL,
                           claimed_until = NULL, claimed_by = NULL
        WHERE id = @Id AND claimed_by = @Drainer AND status <> 'sent'
        """;

    private const string FailedSql = """
        UPDATE notices SET status = 'failed', attempts = attempts + 1, last_error = @Error, next_attempt_at = @Next,
                           claimed_until = NULL, claimed_by = NULL
        WHERE id = @Id AND claimed_by = @Drainer AND status <> 'sent'
        """;

    /// <summary>
    /// Leases up to <paramref name="batch"/> notices due at <paramref name="now"/> to <paramref name="drainer"/> until
    /// <paramref name="until"/>, in id order; ids in <paramref name="skip"/> are left alone (already tried in this
    /// drain). An empty list: nothing is due.
    /// </summary>
    public async Task<IReadOnlyList<OutboxNotice>> ClaimAsync(string drainer, DateTimeOffset now, DateTimeOffset until, int batch,
        IReadOnlyCollection<long> skip, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<OutboxNotice>(new CommandDefinition(ClaimSql,
            new { Drainer = drainer, Now = now, Until = until, Batch = batch, Skip = skip.ToArray() }, cancellationToken: ct));
        // UPDATE … RETURNING has no order of its own.
        return [.. rows.OrderBy(r => r.Id)];
    }

    /// <summary>Marks a leased notice sent; false when the lease was lost (expired and taken) or it was sent already.</summary>
    public async Task<bool> MarkSentAsync(long id, string drainer, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(SentSql, new { Id = id, Drainer = drainer, Now = now }, cancellationToken: ct)) == 1;
    }

    /// <summary>Records a failed attempt and when to try again; false when the lease was lost or it was sent already.</summary>
    public async Task<bool> MarkFailedAsync(long id, string drainer, string error, DateTimeOffset next, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(FailedSql,
            new { Id = id, Drainer = drainer, Error = error, Next = next }, cancellationToken: ct)) == 1;
    }
}
