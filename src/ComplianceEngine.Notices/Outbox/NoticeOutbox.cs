using ComplianceEngine.Data.Documents;
using ComplianceEngine.Notices.Documents;
using ComplianceEngine.Notices.Planning;
using ComplianceEngine.Notices.Rendering;
using Dapper;
using Npgsql;

namespace ComplianceEngine.Notices.Outbox;

/// <summary>
/// Fills the outbox: renders each requested notice with its next document number and stores it, once. Decisions are
/// stored as unnumbered drafts instead (<see cref="DecisionDrafts"/>) and reach the outbox only when issued. Re-running a
/// fill, a retried job or two fills at the same time never store a second copy nor burn a number: the sequence is
/// taken in the same transaction as an <c>INSERT … ON CONFLICT DO NOTHING</c> and rolled back with it when the
/// notice exists. A plain async method so a scheduled job can call it.
/// </summary>
public sealed class NoticeOutbox(NpgsqlDataSource dataSource, NoticeRenderer renderer)
{
    // Decisions are drafted, not filled: only an officer's issue numbers and sends them (issue 14 item 3).
    private readonly DecisionDrafts _drafts = new(new DocumentStore(dataSource), renderer);

    private const string ExistsSql = """
        SELECT EXISTS (SELECT 1 FROM notices WHERE subject_kind = @SubjectKind AND subject_id = @SubjectId
                       AND notice_type = @NoticeType AND finding_set_hash = @Hash AND period = @Period)
        """;

    private const string InsertSql = """
        INSERT INTO notices (subject_kind, subject_id, notice_type, finding_set_hash, period, language, authority_city,
                             number_series, year, sequence, number, as_of, text, html)
        VALUES (@SubjectKind, @SubjectId, @NoticeType, @Hash, @Period, @Language, @City, @NoticeType, @Year, @Sequence, @Number, @AsOf, @Text, @Html)
        ON CONFLICT ON CONSTRAINT notices_identity_key DO NOTHING
        RETURNING id
        """;

    private const string ForSubjectSql = """
        SELECT id AS Id, subject_kind AS SubjectKind, subject_id AS SubjectId, notice_type AS NoticeType, period AS Period,
               language AS Language, number AS Number, as_of AS AsOf, text AS Text, html AS Html, status AS Status,
               attempts AS Attempts, last_error AS LastError
        FROM notices WHERE subject_kind = @Kind AND subject_id = @Id ORDER BY created_at DESC, id DESC
        """;

    public async Task<FillResult> FillAsync(IEnumerable<NoticeRequest> requests, string language = NoticeLanguage.Chinese, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var inserted = 0;
        var present = 0;
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        foreach (var request in requests)
        {
            if (await FillOneAsync(connection, request, language, ct))
            {
                inserted++;
            }
            else
            {
                present++;
            }
        }

        return new FillResult(inserted, present);
    }

    /// <summary>An enterprise's (or project's) own notices, newest first: what the API shows it.</summary>
    public async Task<IReadOnlyList<OutboxNotice>> ForSubjectAsync(string kind, string id, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return [.. await connection.QueryAsync<OutboxNotice>(new CommandDefinition(ForSubjectSql, new { Kind = kind, Id = id }, cancellationToken: ct))];
    }

    private async Task<bool> FillOneAsync(NpgsqlConnection connection, NoticeRequest request, string language, CancellationToken ct)
    {
        if (request.Type.IsDecision())
        {
            return await _drafts.SaveAsync(request, language, ct);
        }

        var key = new
        {
            SubjectKind = request.Subject.Kind,
            SubjectId = request.Subject.Id,
            NoticeType = request.Type.Slug(),
            Hash = request.FindingSetHash,
            request.Period,
        };
        // Cheap pre-check so a re-run neither renders nor touches the sequence; the unique key below is what guarantees it.
        if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(ExistsSql, key, cancellationToken: ct)))
        {
            return false;
        }

        var city = renderer.AuthorityFor(request).City;
        var year = request.AsOf.Year;
        await using var tx = await connection.BeginTransactionAsync(ct);
        var sequence = await connection.QuerySingleAsync<int>(new CommandDefinition(NoticeNumbering.NextSequenceSql, new { City = city, key.NoticeType, Year = year }, tx, cancellationToken: ct));
        var notice = renderer.Render(request, language, sequence, draft: false);
        var id = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(InsertSql, new
        {
            key.SubjectKind,
            key.SubjectId,
            key.NoticeType,
            key.Hash,
            key.Period,
            Language = language,
            City = city,
            Year = year,
            Sequence = sequence,
            notice.Number,
            AsOf = request.AsOf,
            notice.Text,
            notice.Html,
        }, tx, cancellationToken: ct));
        if (id is null)
        {
            // Another fill stored it first: give the number back.
            await tx.RollbackAsync(ct);
            return false;
        }

        await tx.CommitAsync(ct);
        return true;
    }
}
