using ComplianceEngine.Data.Documents;
using ComplianceEngine.Data.Paging;
using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Outbox;

/// <summary>
/// The notices table as the fill and the API see it: store a notice once, numbered without gaps, and list a subject's
/// notices. A re-run, a retried job or two fills at the same time never store a second copy nor burn a number: the
/// sequence is taken in the same transaction as an <c>INSERT … ON CONFLICT DO NOTHING</c> and rolled back with it.
/// </summary>
public sealed class NoticeStore(NpgsqlDataSource dataSource)
{
    private const string ExistsSql = """
        SELECT EXISTS (SELECT 1 FROM notices WHERE subject_kind = @SubjectKind AND subject_id = @SubjectId
                       AND notice_type = @NoticeType AND finding_set_hash = @FindingSetHash AND period = @Period)
        """;

    private const string InsertSql = """
        INSERT INTO notices (subject_kind, subject_id, notice_type, finding_set_hash, period, language, authority_city,
                             number_series, year, sequence, number, as_of, text, html)
        VALUES (@SubjectKind, @SubjectId, @NoticeType, @FindingSetHash, @Period, @Language, @City, @NoticeType, @Year, @Sequence, @Number, @AsOf, @Text, @Html)
        ON CONFLICT ON CONSTRAINT notices_identity_key DO NOTHING
        RETURNING id
        """;

    private const string ForSubjectSql = $"""
        SELECT {OutboxColumns.Select}
        FROM notices WHERE subject_kind = @Kind AND subject_id = @Id ORDER BY created_at DESC, id DESC
        OFFSET @Offset LIMIT @Limit
        """;

    private const string CountForSubjectSql = "SELECT count(*) FROM notices WHERE subject_kind = @Kind AND subject_id = @Id";

    /// <summary>
    /// Stores a notice unless one with <paramref name="key"/> exists. <paramref name="render"/> gets the next sequence
    /// number of the authority (<paramref name="authorityCity"/>, '' for the province) and year, inside the numbering
    /// transaction. Returns whether it was stored (false: it was there already and the number was given back).
    /// </summary>
    public async Task<bool> TryStoreAsync(NoticeKey key, string language, string authorityCity, DateOnly asOf,
        Func<int, NumberedNotice> render, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(render);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // Cheap pre-check so a re-run neither renders nor touches the sequence; the unique key below is what guarantees it.
        if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(ExistsSql, key, cancellationToken: ct)))
        {
            return false;
        }

        var year = asOf.Year;
        await using var tx = await connection.BeginTransactionAsync(ct);
        // Numbered per authority, kind and year (migration 0025): the one numbering statement decisions use too.
        var sequence = await connection.QuerySingleAsync<int>(new CommandDefinition(NoticeNumbering.NextSequenceSql, new { City = authorityCity, key.NoticeType, Year = year }, tx, cancellationToken: ct));
        var notice = render(sequence);
        var id = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(InsertSql, new
        {
            key.SubjectKind,
            key.SubjectId,
            key.NoticeType,
            key.FindingSetHash,
            key.Period,
            Language = language,
            City = authorityCity,
            Year = year,
            Sequence = sequence,
            notice.Number,
            AsOf = asOf,
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

    /// <summary>One page of a subject's notices, newest first, and how many it has in all.</summary>
    public Task<PagedRows<OutboxNotice>> ForSubjectAsync(string kind, string id, PageRequest page, CancellationToken ct = default) =>
        PagedQuery.ReadAsync<OutboxNotice>(dataSource, CountForSubjectSql, ForSubjectSql, new() { ["Kind"] = kind, ["Id"] = id }, page, ct);
}
