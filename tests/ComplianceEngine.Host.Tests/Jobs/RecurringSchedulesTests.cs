using Npgsql;

namespace ComplianceEngine.Host.Tests.Jobs;

[Collection(HangfireCollection.Name)]
public sealed class RecurringSchedulesTests
{
    [Fact]
    public async Task UseComplianceJobs_RegistersEveryScheduleInShanghaiTime_AndRemovesAnEmptiedOne()
    {
        var host = new JobsHostFactory();
        foreach (var cron in JobsHostFactory.Crons)
        {
            host.ExtraSettings.Remove($"Jobs:{cron}");
        }

        // One schedule of the configuration overridden, one emptied: the first is used, the second not registered.
        host.ExtraSettings["Jobs:DeadlineRemindersCron"] = "15 7 * * *";
        host.ExtraSettings["Jobs:RectificationCron"] = "";
        await ((IAsyncLifetime)host).InitializeAsync();
        try
        {
            host.CreateClient().Dispose();
            await using var connection = new NpgsqlConnection(host.ConnectionString);
            await connection.OpenAsync();
            var jobs = new Dictionary<string, (string Cron, string Zone)>();
            await using (var command = new NpgsqlCommand(
                "SELECT key, max(value) FILTER (WHERE field = 'Cron'), max(value) FILTER (WHERE field = 'TimeZoneId') FROM hangfire.hash WHERE key LIKE 'recurring-job:%' GROUP BY key", connection))
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    jobs[reader.GetString(0)["recurring-job:".Length..]] = (reader.GetString(1), reader.GetString(2));
                }
            }

            Assert.Equal(
                ["deadline-reminders", "nightly-sweep", "notice-delivery", "permit-renewal-reminders", "screening-opinions", "weekly-risk-list"],
                jobs.Keys.Order(StringComparer.Ordinal));
            Assert.All(jobs.Values, j => Assert.Equal("Asia/Shanghai", j.Zone));
            Assert.Equal("15 7 * * *", jobs["deadline-reminders"].Cron);
            Assert.Equal("0 2 * * *", jobs["nightly-sweep"].Cron);
            Assert.Equal("0 6 * * 1", jobs["weekly-risk-list"].Cron);
        }
        finally
        {
            await ((IAsyncLifetime)host).DisposeAsync();
        }
    }
}
