using Dapper;
using Npgsql;

namespace ComplianceEngine.Notices.Outbox;

/// <summary>
/// Drains the outbox: hands each due notice to the channel and marks it sent, or records the failure and schedules
/// a retry with exponential back-off. Rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> and held until marked, so
/// two drainers running at once never send the same notice; a failed notice stays in the outbox until it is sent.
/// A plain async method so a scheduled job can call it.
/// </summary>
public sealed class NoticeDelivery(NpgsqlDataSource dataSource, INoticeChannel channel, DeliveryOptions? options = null, TimeProvider? clock = null)
{
    private const string ClaimSql = """
        SELECT id AS Id, subject_kind AS SubjectKind, subject_id AS SubjectId, notice_type AS NoticeType, period AS Period,
               language AS Language, number AS Number, as_of AS AsOf, text AS Text, html AS Html, status AS Status,
               attempts AS Attempts, last_error AS LastError
        FROM notices
        WHERE status <> 'sent' AND next_attempt_at <= @Now AND NOT (id = ANY(@Seen))
        ORDER BY next_attempt_at, id
        LIMIT @Batch
        FOR UPDATE SKIP LOCKED
        """;

    private const string SentSql = """
        UPDATE notices SET status = 'sent', attempts = attempts + 1, sent_at = @Now, last_error = NULL WHERE id = @Id
        """;

    private const string FailedSql = """
        UPDATE notices SET status = 'failed', attempts = attempts + 1, last_error = @Error, next_attempt_at = @Next WHERE id = @Id
        """;

    private readonly DeliveryOptions _options = options ?? new DeliveryOptions();
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Delivers every notice due now, each at most once per call (a failure waits for its back-off).</summary>
    public async Task<DrainResult> DrainAsync(CancellationToken ct = default)
    {
        var sent = 0;
        var failed = 0;
        var seen = new List<long>();
        while (true)
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            await using var tx = await connection.BeginTransactionAsync(ct);
            var now = _clock.GetUtcNow();
            var batch = (await connection.QueryAsync<OutboxNotice>(new CommandDefinition(ClaimSql,
                new { Now = now, Seen = seen.ToArray(), Batch = _options.BatchSize }, tx, cancellationToken: ct))).ToList();
            if (batch.Count == 0)
            {
                await tx.CommitAsync(ct);
                return new DrainResult(sent, failed);
            }

            foreach (var notice in batch)
            {
                seen.Add(notice.Id);
                try
                {
                    await channel.SendAsync(notice, ct);
                    await connection.ExecuteAsync(new CommandDefinition(SentSql, new { notice.Id, Now = _clock.GetUtcNow() }, tx, cancellationToken: ct));
                    sent++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Any channel failure is retried later; the notice is never dropped.
                    var next = _clock.GetUtcNow() + _options.Delay(notice.Attempts + 1);
                    await connection.ExecuteAsync(new CommandDefinition(FailedSql,
                        new { notice.Id, Error = e.GetType().Name + ": " + e.Message, Next = next }, tx, cancellationToken: ct));
                    failed++;
                }
            }

            await tx.CommitAsync(ct);
        }
    }
}
