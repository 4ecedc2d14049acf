using Npgsql;

namespace ComplianceEngine.Data;

/// <summary>Whether PostgreSQL answers a trivial query: the readiness of everything that stores.</summary>
public sealed class DatabaseProbe(NpgsqlDataSource dataSource)
{
    /// <returns>Null when the database answered; otherwise why not (connection refused, timeout, pool exhausted).</returns>
    public async Task<Exception?> ProblemAsync(CancellationToken ct = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(ct);
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return e;
        }
    }
}
