using System.Diagnostics;
using System.Globalization;
using ComplianceEngine.Data;
using ComplianceEngine.Data.Bench;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Data.Migrations;
using ComplianceEngine.Sweep.Bench;
using Npgsql;

// Usage (needs ConnectionStrings__Compliance, e.g. from scripts/pg.sh; see docs/benchmarks.md):
//   sweep-bench [--enterprises 100000] [--monitored N (default enterprises/1000)] [--hosts 1|2] [--batch 500] [--host-dll PATH] [--night yes]
// Imports the enterprises (the first N with a year of hourly readings for three pollutants), starts the host
// processes, triggers the nightly sweep through the API and waits until every enterprise is evaluated.
var options = Options.Parse(args);
var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Compliance")
    ?? throw new InvalidOperationException("set ConnectionStrings__Compliance (source scripts/pg.sh)");
// With --night the notice runs' schedules take today's date in China, so the sweep before them must be of that date.
var asOf = options.Night ? NoticeNight.Today : "2025-12-31";

var folder = Directory.CreateTempSubdirectory("ce-sweep-bench-").FullName;
var hosts = new List<SweepHost>();
try
{
    var enterpriseFile = Path.Combine(folder, "enterprises.jsonl");
    var readingFile = Path.Combine(folder, "readings.csv");
    BenchData.WriteEnterprises(enterpriseFile, options.Enterprises);
    BenchData.WriteReadings(readingFile, options.Monitored * 3 * 24 * 365);
    DatabaseMigrator.Migrate(connectionString);
    await using var dataSource = ComplianceDatabase.CreateDataSource(connectionString);
    var importer = new Importer(dataSource);
    var clock = Stopwatch.StartNew();
    Console.WriteLine($"import: {await importer.ImportAsync(enterpriseFile)}; {await importer.ImportAsync(readingFile)} in {clock.Elapsed.TotalSeconds:F0} s");

    for (var i = 0; i < options.Hosts; i++)
    {
        hosts.Add(SweepHost.Start(options.HostDll, connectionString, Path.Combine(options.Repository, "rules"), options.Batch));
    }

    foreach (var host in hosts)
    {
        await host.WaitUntilReadyAsync();
    }

    // Idle hosts settle (catalog loaded, JIT done) before the clocks start.
    await Task.Delay(TimeSpan.FromSeconds(5));
    var postmaster = await PostmasterAsync(dataSource);
    var trailBefore = await ScalarAsync<long>(dataSource, "SELECT pg_total_relation_size('evaluations') + pg_total_relation_size('record_snapshots')");
    var (hostCpu0, pgCpu0, load0) = (hosts.Sum(h => h.CpuSeconds()), CpuClock.ClusterSeconds(postmaster), File.ReadAllText("/proc/loadavg").Trim());
    var wall = Stopwatch.StartNew();
    using (var client = hosts[0].Client())
    {
        using var trigger = await client.PostAsync(new Uri($"/api/v1/jobs/nightly-sweep?asOf={asOf}", UriKind.Relative), null);
        trigger.EnsureSuccessStatusCode();
    }

    long evaluated;
    while ((evaluated = await ScalarAsync<long>(dataSource, $"SELECT count(*) FROM evaluations WHERE record_kind = 'enterprise' AND as_of = '{asOf}'")) < options.Enterprises
        || await ScalarAsync<long>(dataSource, "SELECT count(*) FROM hangfire.job WHERE statename IS DISTINCT FROM 'Succeeded'") > 0)
    {
        await Task.Delay(250);
    }

    wall.Stop();
    var (hostCpu, pgCpu, load1) = (hosts.Sum(h => h.CpuSeconds()) - hostCpu0, CpuClock.ClusterSeconds(postmaster) - pgCpu0, File.ReadAllText("/proc/loadavg").Trim());
    var trail = await ScalarAsync<long>(dataSource, "SELECT pg_total_relation_size('evaluations') + pg_total_relation_size('record_snapshots')") - trailBefore;
    var findings = await ScalarAsync<string>(dataSource,
        "SELECT round(avg(pg_column_size(findings)))::text || ' B mean, ' || max(pg_column_size(findings)) || ' B max' FROM evaluations");
    var compression = await ScalarAsync<string>(dataSource,
        "SELECT CASE attcompression WHEN 'l' THEN 'lz4' WHEN 'p' THEN 'pglz' ELSE 'default' END FROM pg_attribute WHERE attrelid = 'evaluations'::regclass AND attname = 'findings'");
    var perThousand = 1000.0 / evaluated;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        sweep of {evaluated:N0} enterprises ({options.Monitored:N0} with readings) on {options.Hosts} host(s), batches of {options.Batch}, host {options.HostDll}
          wall {wall.Elapsed.TotalSeconds:F1} s: {evaluated / wall.Elapsed.TotalSeconds:F0} enterprises/s
          CPU: host {hostCpu:F1} s ({hostCpu * perThousand:F3} s per 1000), PostgreSQL {pgCpu:F1} s ({pgCpu * perThousand:F3} s per 1000)
          trail: {trail / (double)evaluated:F0} bytes per evaluation (tables and indexes); findings column {findings}, compressed with {compression}
          load average before: {load0}; after: {load1}
        """));
    if (options.Night)
    {
        await NoticeNight.RunAsync(options, connectionString, dataSource, hosts, postmaster);
    }
}
finally
{
    foreach (var host in hosts)
    {
        host.Dispose();
    }

    Directory.Delete(folder, recursive: true);
}

static async Task<T> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql)
{
    await using var command = dataSource.CreateCommand(sql);
    return (T)(await command.ExecuteScalarAsync())!;
}

// The cluster's postmaster: the parent of this connection's backend process (the cluster runs on this machine).
static async Task<int> PostmasterAsync(NpgsqlDataSource dataSource) => CpuClock.Parent(await ScalarAsync<int>(dataSource, "SELECT pg_backend_pid()"));
