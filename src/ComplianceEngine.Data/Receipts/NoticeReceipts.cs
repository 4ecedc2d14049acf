using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Receipts;

/// <summary>
/// Acknowledgements of receipt of delivered notices (migration 0035). A receipt is taken only for a notice addressed
/// to the subject that acknowledges it, so an enterprise cannot sign for another's document by guessing its id; the
/// first receipt stands and a repeated acknowledgement returns it unchanged. Only a delivered notice (outbox status
/// <c>sent</c>) can be signed for, and not before it was sent: a receipt for a document still in the outbox would
/// record the service of something the enterprise never had (migration 0070 holds the same rule in the database).
/// </summary>
public sealed class NoticeReceipts(NpgsqlDataSource dataSource)
{
    private const string StateSql = """
        SELECT status AS Status, sent_at AS SentAt FROM notices WHERE id = @NoticeId AND subject_kind = @Kind AND subject_id = @Id
        """;

    // The outer SELECT cannot see the row the CTE inserts (one snapshot), hence the two branches.
    private const string AcknowledgeSql = """
        WITH own AS (
            SELECT id FROM notices WHERE id = @NoticeId AND subject_kind = @Kind AND subject_id = @Id AND status = 'sent'
        ),
        inserted AS (
            INSERT INTO notice_receipts (notice_id, acknowledged_by, acknowledged_at)
            SELECT id, @By, @At FROM own
            ON CONFLICT (notice_id) DO NOTHING
            RETURNING notice_id, acknowledged_by, acknowledged_at
        )
        SELECT notice_id AS NoticeId, acknowledged_by AS AcknowledgedBy, acknowledged_at AS AcknowledgedAt FROM inserted
        UNION ALL
        SELECT r.notice_id, r.acknowledged_by, r.acknowledged_at
        FROM notice_receipts r JOIN own ON own.id = r.notice_id
        WHERE NOT EXISTS (SELECT 1 FROM inserted)
        """;

    private const string ForSubjectSql = """
        SELECT r.notice_id AS NoticeId, r.acknowledged_by AS AcknowledgedBy, r.acknowledged_at AS AcknowledgedAt
        FROM notice_receipts r JOIN notices n ON n.id = r.notice_id
        WHERE n.subject_kind = @Kind AND n.subject_id = @Id
        """;

    /// <summary>
    /// Records that <paramref name="by"/> received notice <paramref name="noticeId"/> at <paramref name="at"/> (UTC), when
    /// that notice is addressed to the subject (<paramref name="kind"/> <c>enterprise</c> or <c>project</c>,
    /// <paramref name="id"/>) and the outbox delivered it. Returns the receipt that stands (the earlier one when it was
    /// acknowledged before), or the refusal: <see cref="ReceiptRefusal.NoSuchNotice"/> when the subject has no such
    /// notice, <see cref="ReceiptRefusal.NotDelivered"/> while it is pending or failed.
    /// </summary>
    public async Task<ReceiptOutcome> AcknowledgeAsync(long noticeId, string kind, string id, string by, DateTime at, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var args = new { NoticeId = noticeId, Kind = kind, Id = id, By = by, At = DateTime.SpecifyKind(at, DateTimeKind.Utc) };
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // A notice only ever moves to sent, never back, so reading its state first and inserting after cannot race into a wrong receipt.
        var state = await connection.QuerySingleOrDefaultAsync<DeliveryState>(new CommandDefinition(StateSql, args, cancellationToken: ct));
        if (state is not { } s)
        {
            return ReceiptOutcome.Refused(ReceiptRefusal.NoSuchNotice);
        }

        if (s.Status != "sent" || s.SentAt > args.At)
        {
            return ReceiptOutcome.Refused(ReceiptRefusal.NotDelivered);
        }

        var receipt = await connection.QuerySingleOrDefaultAsync<NoticeReceipt>(new CommandDefinition(AcknowledgeSql, args, cancellationToken: ct));
        return receipt is null ? ReceiptOutcome.Refused(ReceiptRefusal.NotDelivered) : new ReceiptOutcome(receipt, null);
    }

    /// <summary>The receipts of a subject's notices, by notice id.</summary>
    public async Task<IReadOnlyDictionary<long, NoticeReceipt>> ForSubjectAsync(string kind, string id, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<NoticeReceipt>(new CommandDefinition(ForSubjectSql, new { Kind = kind, Id = id }, cancellationToken: ct));
        return rows.ToDictionary(r => r.NoticeId);
    }

    private sealed record DeliveryState(string Status, DateTime? SentAt);
}
