using ComplianceEngine.Data.Paging;
using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Audit;

/// <summary>
/// Records a job could not process (issue 11 item 6): stored with the error so an administrator can see and fix
/// them, while the job goes on with the others. One row per job and record; a repeated failure updates it.
/// </summary>
public sealed class SetAsideRecords(NpgsqlDataSource dataSource)
{
    /// <summary>An error text is cut here: the failure may quote the record (a 1 MB name), the store needs the gist.</summary>
    public const int MaxErrorLength = 2000;

    private const string UpsertSql = """
        INSERT INTO set_aside_records AS t (job, record_kind, record_id, as_of, error_type, error)
        VALUES (@Job, @Kind, @RecordId, @AsOf, @ErrorType, @Error)
        ON CONFLICT ON CONSTRAINT set_aside_records_key DO UPDATE
        SET as_of = excluded.as_of, error_type = excluded.error_type, error = excluded.error,
            failures = t.failures + 1, last_failed = now()
        """;

    private const string CountSql = "SELECT count(*) FROM set_aside_records";

    private const string PageSql = """
        SELECT job AS Job, record_kind AS Kind, record_id AS RecordId, as_of AS AsOf, error_type AS ErrorType, error AS Error,
               failures AS Failures, first_failed AS FirstFailed, last_failed AS LastFailed
        FROM set_aside_records ORDER BY last_failed DESC, id DESC OFFSET @Offset LIMIT @Limit
        """;

    /// <summary>Sets a record aside with the exception that stopped it; ids longer than 200 characters are cut too.</summary>
    public async Task AddAsync(string job, string kind, string recordId, DateOnly? asOf, Exception error, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await connection.ExecuteAsync(new CommandDefinition(UpsertSql, new
        {
            Job = job,
            Kind = kind,
            RecordId = Cut(recordId, 200),
            AsOf = asOf,
            ErrorType = error.GetType().FullName ?? error.GetType().Name,
            Error = Cut(error.Message, MaxErrorLength),
        }, cancellationToken: ct));
    }

    /// <summary>One page of the set-aside records, the most recently failed first, and how many there are in all.</summary>
    public Task<PagedRows<SetAsideRecord>> LatestAsync(PageRequest page, CancellationToken ct = default) =>
        PagedQuery.ReadAsync<SetAsideRecord>(dataSource, CountSql, PageSql, [], page, ct);

    // NUL cannot be stored in text (the failure may be exactly that); it is shown as \0.
    private static string Cut(string text, int max) => (text.Length <= max ? text : text[..max] + "…").Replace("\0", "\\0", StringComparison.Ordinal);
}

/// <summary>A record a job set aside: which job, the record, the as-of date it was processed for, and the last error.</summary>
public sealed record SetAsideRecord(string Job, string Kind, string RecordId, DateOnly? AsOf, string ErrorType, string Error, int Failures,
    DateTime FirstFailed, DateTime LastFailed);
