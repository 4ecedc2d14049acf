using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace ComplianceEngine.Sweep.Bench;

/// <summary>
/// The rest of a night after the sweep: the three register notice runs (责令改正 decisions, 督办提醒函 reminders, permit
/// renewal letters) as their schedules start them, on fresh host processes. Their schedules are set to one minute
/// (UTC) far enough ahead for every host to be up; a scheduled run takes today's date in China, so the sweep before it
/// must be of that date (<see cref="Today"/>). Reports the runs' wall time and host and PostgreSQL CPU per 1000
/// enterprises, and how many evaluations they added to the trail.
/// </summary>
internal static class NoticeNight
{
    public static string Today => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task RunAsync(Options options, string connectionString, NpgsqlDataSource dataSource, List<SweepHost> hosts, int postmaster)
    {
        foreach (var host in hosts)
        {
            host.Dispose();
        }

        hosts.Clear();
        var ahead = DateTime.UtcNow.AddSeconds(90);
        var fire = new DateTime(ahead.Year, ahead.Month, ahead.Day, ahead.Hour, ahead.Minute, 0, DateTimeKind.Utc).AddMinutes(1);
        var cron = $"{fire.Minute} {fire.Hour} * * *";
        var schedules = new Dictionary<string, string>
        {
            ["Jobs:TimeZone"] = "UTC",
            ["Jobs:RectificationCron"] = cron,
            ["Jobs:DeadlineRemindersCron"] = cron,
            ["Jobs:PermitRemindersCron"] = cron,
        };
        for (var i = 0; i < options.Hosts; i++)
        {
            hosts.Add(SweepHost.Start(options.HostDll, connectionString, Path.Combine(options.Repository, "rules"), options.Batch, schedules));
        }

        foreach (var host in hosts)
        {
            await host.WaitUntilReadyAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(5));
        const string batchJobs = "SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%NoticeBatch%'";
        const string trailRows = "SELECT count(*) FROM evaluations";
        var (evaluations0, hostCpu0, pgCpu0, load0) = (await ScalarAsync(dataSource, trailRows), hosts.Sum(h => h.CpuSeconds()), CpuClock.ClusterSeconds(postmaster),
            File.ReadAllText("/proc/loadavg").Trim());
        while (DateTime.UtcNow < fire)
        {
            await Task.Delay(100);
        }

        var wall = Stopwatch.StartNew();
        var expected = 3L * ((options.Enterprises + options.Batch - 1) / options.Batch);
        while (await ScalarAsync(dataSource, batchJobs) < expected
            || await ScalarAsync(dataSource, "SELECT count(*) FROM hangfire.job WHERE statename IS DISTINCT FROM 'Succeeded'") > 0)
        {
            await Task.Delay(250);
        }

        wall.Stop();
        var (hostCpu, pgCpu, load1) = (hosts.Sum(h => h.CpuSeconds()) - hostCpu0, CpuClock.ClusterSeconds(postmaster) - pgCpu0, File.ReadAllText("/proc/loadavg").Trim());
        var perThousand = 1000.0 / options.Enterprises;
        var (added, notices, documents) = (await ScalarAsync(dataSource, trailRows) - evaluations0, await ScalarAsync(dataSource, "SELECT count(*) FROM notices"),
            await ScalarAsync(dataSource, "SELECT count(*) FROM documents"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            notice runs (correction decisions, reminders, permit renewals) as of {Today} over {options.Enterprises:N0} enterprises, {expected} batches, host {options.HostDll}
              wall {wall.Elapsed.TotalSeconds:F1} s from the scheduled minute; CPU: host {hostCpu:F1} s ({hostCpu * perThousand:F3} s per 1000), PostgreSQL {pgCpu:F1} s ({pgCpu * perThousand:F3} s per 1000)
              evaluations added to the trail: {added}; notices in the outbox: {notices}, documents: {documents}
              load average before: {load0}; after: {load1}
            """));
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
