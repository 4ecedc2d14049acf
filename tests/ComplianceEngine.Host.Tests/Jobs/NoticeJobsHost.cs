using ComplianceEngine.Host.Tests.Risk;
using Npgsql;

namespace ComplianceEngine.Host.Tests.Jobs;

/// <summary>A jobs host with the risk model, a private drop folder, and the bundled sample enterprises in its register.</summary>
public sealed class NoticeJobsHost : JobsHostFactory
{
    public string DropFolder { get; } = Directory.CreateTempSubdirectory("ce-host-drop-").FullName;

    public NoticeJobsHost()
    {
        ExtraSettings["Risk:ModelPath"] = TrainedModel.Path;
        ExtraSettings["Notices:DropFolder"] = DropFolder;
    }


    public async Task<List<string>> ColumnAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    public async Task<long> ScalarAsync(string sql) => long.Parse((await ColumnAsync(sql)).Single(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Waits until every queued Hangfire job has finished (fails the test after 90 s with the states seen).</summary>
    public async Task WaitForJobsAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await ScalarAsync("SELECT count(*) FROM hangfire.job WHERE statename IS DISTINCT FROM 'Succeeded'") > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                var states = await ColumnAsync("SELECT coalesce(statename, 'none') || ' ' || invocationdata::text FROM hangfire.job WHERE statename IS DISTINCT FROM 'Succeeded'");
                Assert.Fail("jobs still unfinished after 90 s: " + string.Join(" | ", states));
            }

            await Task.Delay(200);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(DropFolder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
