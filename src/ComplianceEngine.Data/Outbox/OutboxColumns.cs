namespace ComplianceEngine.Data.Outbox;

/// <summary>The select list that reads a <c>notices</c> row as an <see cref="OutboxNotice"/> (Dapper maps by alias).</summary>
internal static class OutboxColumns
{
    public const string Select = """
        id AS Id, subject_kind AS SubjectKind, subject_id AS SubjectId, notice_type AS NoticeType, period AS Period,
        language AS Language, number AS Number, as_of AS AsOf, text AS Text, html AS Html, status AS Status,
        attempts AS Attempts, last_error AS LastError
        """;
}
