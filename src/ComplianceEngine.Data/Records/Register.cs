using Npgsql;

namespace ComplianceEngine.Data.Records;

/// <summary>Questions about the register as a whole: which enterprises it holds, whether it is empty, when it last changed.</summary>
public sealed class Register(NpgsqlDataSource dataSource)
{
    private const string EnterpriseIdsSql = "SELECT id FROM enterprises ORDER BY id";
    private const string AnySql = "SELECT EXISTS (SELECT 1 FROM enterprises) OR EXISTS (SELECT 1 FROM projects)";
    private const string StampSql = "SELECT count(*), coalesce(max(updated_at), 'epoch') FROM enterprises";

    /// <summary>Every enterprise id in fixed-size batches, in id order: the unit every fan-out job queues.</summary>
    public async Task<IReadOnlyList<string[]>> EnterpriseBatchesAsync(int batchSize, CancellationToken ct = default)
    {
        var ids = new List<string>();
        await using (var command = dataSource.CreateCommand(EnterpriseIdsSql))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetString(0));
            }
        }

        return [.. ids.Chunk(Math.Max(1, batchSize))];
    }

    /// <summary>Whether any enterprise or project is stored.</summary>
    public async Task<bool> HasRecordsAsync(CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(AnySql);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>How many enterprises there are and when one last changed (UTC): equal stamps, unchanged register.</summary>
    public async Task<(long Count, DateTime Latest)> StampAsync(CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(StampSql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetInt64(0), reader.GetDateTime(1));
    }
}
