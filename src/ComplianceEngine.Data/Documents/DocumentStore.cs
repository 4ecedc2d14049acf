using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Documents;

/// <summary>
/// Decisions from draft to issue (migration 0026). A draft is stored once per identity and takes no number. Issuing
/// locks the draft, takes the next number of its authority, kind and year, renders the issued text through the
/// caller's function, stores who, as what, when and the exact text, and puts the issued text in the outbox, all in
/// one transaction: a failed render or a second officer racing the first leaves no number used and nothing sent twice.
/// </summary>
public sealed class DocumentStore(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        id AS Id, subject_kind AS SubjectKind, subject_id AS SubjectId, document_type AS DocumentType,
        finding_set_hash AS FindingSetHash, period AS Period, language AS Language, authority_city AS AuthorityCity,
        as_of AS AsOf, record_json::text AS RecordJson, findings_json::text AS FindingsJson, outcome AS Outcome,
        draft_text AS DraftText, status AS Status, number AS Number, issued_by AS IssuedBy, issued_role AS IssuedRole, issued_at AS IssuedAt,
        text AS Text, html AS Html, notice_id AS NoticeId, filled_elements::text AS FilledJson, onsite_check::text AS CheckJson
        """;

    private const string SaveDraftSql = """
        INSERT INTO documents (subject_kind, subject_id, document_type, finding_set_hash, period, language, authority_city,
                               as_of, record_json, findings_json, outcome, draft_text, draft_html, onsite_check)
        VALUES (@SubjectKind, @SubjectId, @DocumentType, @FindingSetHash, @Period, @Language, @AuthorityCity,
                @AsOf, @RecordJson::jsonb, @FindingsJson::jsonb, @Outcome, @DraftText, @DraftHtml, @CheckJson::jsonb)
        ON CONFLICT ON CONSTRAINT documents_identity_key DO NOTHING
        RETURNING id
        """;

    private const string GetSql = $"SELECT {Columns} FROM documents WHERE id = @Id";

    private const string ForSubjectSql = $"SELECT {Columns} FROM documents WHERE subject_kind = @Kind AND subject_id = @Id ORDER BY created_at DESC, id DESC";

    private const string LockSql = $"SELECT {Columns} FROM documents WHERE id = @Id FOR UPDATE";

    private const string OutboxSql = """
        INSERT INTO notices (subject_kind, subject_id, notice_type, finding_set_hash, period, language, authority_city,
                             number_series, year, sequence, number, as_of, text, html)
        VALUES (@SubjectKind, @SubjectId, @DocumentType, @FindingSetHash, @Period, @Language, @AuthorityCity,
                @DocumentType, @Year, @Sequence, @Number, @AsOf, @Text, @Html)
        RETURNING id
        """;

    private const string FillSql = """
        UPDATE documents SET filled_elements = @FilledJson::jsonb, draft_text = @DraftText, draft_html = @DraftHtml WHERE id = @Id
        """;

    private const string IssueSql = """
        UPDATE documents SET status = 'issued', year = @Year, sequence = @Sequence, number = @Number, issued_by = @IssuedBy,
               issued_role = @IssuedRole, issued_at = @IssuedAt, text = @Text, html = @Html, notice_id = @NoticeId
        WHERE id = @Id
        """;

    /// <summary>Stores a draft; null when a draft with the same identity exists already (nothing changes then).</summary>
    public async Task<long?> SaveDraftAsync(DraftDocument draft, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(SaveDraftSql, draft, cancellationToken: ct));
    }

    public async Task<StoredDocument?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<StoredDocument>(new CommandDefinition(GetSql, new { Id = id }, cancellationToken: ct));
    }

    /// <summary>The documents about one enterprise or project, drafts and issued, newest first.</summary>
    public async Task<IReadOnlyList<StoredDocument>> ForSubjectAsync(string kind, string id, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return [.. await connection.QueryAsync<StoredDocument>(new CommandDefinition(ForSubjectSql, new { Kind = kind, Id = id }, cancellationToken: ct))];
    }

    /// <summary>
    /// Fills blank elements of draft <paramref name="id"/>: <paramref name="refill"/> gets the locked draft and returns
    /// the new filled-elements JSON and the draft rendered again with them. An issued document is returned unchanged
    /// (<see cref="FillOutcome.FilledNow"/> false): what was issued is never altered; an unknown id gives a null document.
    /// </summary>
    public async Task<FillOutcome> FillAsync(long id, Func<StoredDocument, FilledDraft> refill, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(refill);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var draft = await connection.QuerySingleOrDefaultAsync<StoredDocument>(new CommandDefinition(LockSql, new { Id = id }, tx, cancellationToken: ct));
        if (draft is null || draft.Status != "draft")
        {
            return new FillOutcome(draft, FilledNow: false);
        }

        var filled = refill(draft);
        await connection.ExecuteAsync(new CommandDefinition(FillSql, new { Id = id, filled.FilledJson, filled.DraftText, filled.DraftHtml }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return new FillOutcome(draft with { FilledJson = filled.FilledJson, DraftText = filled.DraftText }, FilledNow: true);
    }

    /// <summary>
    /// Issues draft <paramref name="id"/>: <paramref name="render"/> gets the draft and its sequence number and returns
    /// the issued text. A document already issued is returned as it is (<see cref="IssueOutcome.IssuedNow"/> false),
    /// never issued again; an unknown id gives a null document.
    /// </summary>
    public async Task<IssueOutcome> IssueAsync(long id, Issuer issuer, DateTime at, Func<StoredDocument, int, IssuedText> render, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(render);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var draft = await connection.QuerySingleOrDefaultAsync<StoredDocument>(new CommandDefinition(LockSql, new { Id = id }, tx, cancellationToken: ct));
        if (draft is null || draft.Status != "draft")
        {
            return new IssueOutcome(draft, IssuedNow: false);
        }

        var year = draft.AsOf.Year;
        var sequence = await connection.QuerySingleAsync<int>(new CommandDefinition(NoticeNumbering.NextSequenceSql,
            new { City = draft.AuthorityCity, NoticeType = draft.DocumentType, Year = year }, tx, cancellationToken: ct));
        var issued = render(draft, sequence);
        var noticeId = await connection.QuerySingleAsync<long>(new CommandDefinition(OutboxSql, new
        {
            draft.SubjectKind, draft.SubjectId, draft.DocumentType, draft.FindingSetHash, draft.Period, draft.Language,
            draft.AuthorityCity, Year = year, Sequence = sequence, issued.Number, draft.AsOf, issued.Text, issued.Html,
        }, tx, cancellationToken: ct));
        await connection.ExecuteAsync(new CommandDefinition(IssueSql, new
        {
            Id = id, Year = year, Sequence = sequence, issued.Number, IssuedBy = issuer.Name, IssuedRole = issuer.Role,
            IssuedAt = at, issued.Text, issued.Html, NoticeId = noticeId,
        }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return new IssueOutcome(draft with
        {
            Status = "issued", Number = issued.Number, IssuedBy = issuer.Name, IssuedRole = issuer.Role, IssuedAt = at,
            Text = issued.Text, Html = issued.Html, NoticeId = noticeId,
        }, IssuedNow: true);
    }
}
