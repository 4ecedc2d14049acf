using Npgsql;
using Polly;
using Polly.Retry;

namespace ComplianceEngine.Host.Tests;

/// <summary>
/// Drops a test's throwaway database so that a class clean-up does not fail under load: a host's last connections can
/// still be closing (or a pooled one reopening) when the drop comes, and PostgreSQL then refuses it (55006, object in
/// use). Their sessions are ended first, the drop is forced, and a refused drop is tried again with a short back-off.
/// </summary>
public static class ScratchDatabases
{
    private static readonly ResiliencePipeline Retry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<PostgresException>().Handle<NpgsqlException>(e => e.IsTransient),
            MaxRetryAttempts = 4,
            Delay = TimeSpan.FromMilliseconds(250),
            BackoffType = DelayBackoffType.Exponential,
        })
        .Build();

    public static async Task DropAsync(string serverConnectionString, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await Retry.ExecuteAsync(async ct =>
        {
            await using var server = new NpgsqlConnection(serverConnectionString);
            await server.OpenAsync(ct);
            await using (var end = new NpgsqlCommand("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", server))
            {
                end.Parameters.Add(new NpgsqlParameter { Value = name });
                await end.ExecuteNonQueryAsync(ct);
            }

            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync(ct);
        });
    }
}
