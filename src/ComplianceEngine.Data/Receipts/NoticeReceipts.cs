using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Receipts;

/// <summary>
/// Acknowledgements of receipt of delivered notices (migration 0035). A receipt is taken only for a notice addressed
/// to the subject that acknowledges it, so an enterprise cannot sign for another's document by guessing its id; the
/// first receipt stands and a repeated acknowledgement returns it unchanged.
/// </summary>
public sealed class NoticeReceipts(NpgsqlDataSource dataSource)
{
    // The outer SELECT cannot see the row the CTE inserts (one snapshot), hence the two branches.
    private const string AcknowledgeSql = """
        WITH own AS (
            SELECT id FROM notices WHERE id = @NoticeId AND subject_kind = @Kind AND subject_id = @Id
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
    /// <paramref name="id"/>). Returns the receipt that stands (the earlier one when it was acknowledged before), or
    /// null when the subject has no such notice.
    /// </summary>
    public async Task<NoticeReceipt?> AcknowledgeAsync(long noticeId, string kind, string id, string by, DateTime at, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<NoticeReceipt>(new CommandDefinition(AcknowledgeSql,
            new { NoticeId = noticeId, Kind = kind, Id = id, By = by, At = DateTime.SpecifyKind(at, DateTimeKind.Utc) }, cancellationToken: ct));
    }

    /// <summary>The receipts of a subject's notices, by notice id.</summary>
    public async Task<IReadOnlyDictionary<long, NoticeReceipt>> ForSubjectAsync(string kind, string id, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<NoticeReceipt>(new CommandDefinition(ForSubjectSql, new { Kind = kind, Id = id }, cancellationToken: ct));
        return rows.ToDictionary(r => r.NoticeId);
    }
}
