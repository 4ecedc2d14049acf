using Npgsql;

namespace ComplianceEngine.Host.Jobs;

/// <summary>The register's enterprise ids in fixed-size batches, in id order: the unit every fan-out job queues.</summary>
public static class RegisterBatches
{
    public static async Task<IReadOnlyList<string[]>> ReadAsync(NpgsqlDataSource dataSource, int batchSize, CancellationToken ct)
    {
        var ids = new List<string>();
        await using (var command = dataSource.CreateCommand("SELECT id FROM enterprises ORDER BY id"))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetString(0));
            }
        }

        return [.. ids.Chunk(Math.Max(1, batchSize))];
    }
}
