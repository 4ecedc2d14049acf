using Dapper;
using Npgsql;

namespace ComplianceEngine.Data.Import;

/// <summary>
/// The life of a staging table, the same for every kind of row: a temporary table on its own connection, rows in by
/// one binary COPY, one merge into the real tables, the table dropped on dispose. A kind gives its SQL, how a row is
/// written and how it merges.
/// </summary>
internal abstract class StagingTable<TRow> : IStaging<TRow>
{
    private readonly NpgsqlConnection _connection;
    private readonly string _dropSql;
    private NpgsqlBinaryImporter? _copy;
    private long _staged;

    protected StagingTable(NpgsqlConnection connection, string dropSql)
    {
        _connection = connection;
        _dropSql = dropSql;
    }

    public void Add(in TRow row)
    {
        var copy = _copy!;
        copy.StartRow();
        Write(copy, row);
        _staged++;
    }

    public async Task<(long Inserted, long Updated, long Unchanged)> CompleteAsync(CancellationToken ct)
    {
        await _copy!.CompleteAsync(ct);
        await _copy.DisposeAsync();
        _copy = null;
        return await MergeAsync(_connection, _staged, ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_copy is not null)
        {
            await _copy.DisposeAsync();
        }

        // Npgsql's reset of a pooled session drops the table too; dropping it here keeps a long-lived session clean,
        // and a broken connection must not hide the error that broke it.
        if (_connection.State == System.Data.ConnectionState.Open)
        {
            try
            {
                await _connection.ExecuteAsync(_dropSql);
            }
            catch (NpgsqlException)
            {
            }
        }

        await _connection.DisposeAsync();
    }

    /// <summary>Opens a connection, creates the table with <paramref name="createSql"/> and begins the COPY.</summary>
    protected static async Task<TStaging> OpenAsync<TStaging>(
        NpgsqlDataSource dataSource, string createSql, string copySql, Func<NpgsqlConnection, TStaging> create, CancellationToken ct)
        where TStaging : StagingTable<TRow>
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        try
        {
            await connection.ExecuteAsync(createSql);
            var staging = create(connection);
            staging._copy = await connection.BeginBinaryImportAsync(copySql, ct);
            return staging;
        }
        catch
        {
            // The staging never reached its owner, who would have disposed it: give the connection back here.
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Writes one row's columns, in the order of the COPY statement, after the row is started.</summary>
    protected abstract void Write(NpgsqlBinaryImporter copy, in TRow row);

    /// <summary>Merges the <paramref name="staged"/> rows into the real tables, the COPY ended; returns the counts.</summary>
    protected abstract Task<(long Inserted, long Updated, long Unchanged)> MergeAsync(NpgsqlConnection connection, long staged, CancellationToken ct);
}
