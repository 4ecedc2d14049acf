using System.Diagnostics;
using ComplianceEngine.Data;
using ComplianceEngine.Data.Bench;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Data.Migrations;

// Usage: bench [enterprises=1000000] [readings=10000000]; needs ConnectionStrings__Compliance (scripts/pg.sh).
// The inputs are generated into a temporary folder and deleted afterwards: benchmark data is never committed.
var enterprises = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
var readings = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000_000;
var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Compliance")
    ?? throw new InvalidOperationException("set ConnectionStrings__Compliance (source scripts/pg.sh)");

var folder = Directory.CreateTempSubdirectory("ce-bench-").FullName;
try
{
    var enterpriseFile = Path.Combine(folder, "enterprises.jsonl");
    var readingFile = Path.Combine(folder, "readings.csv");
    var clock = Stopwatch.StartNew();
    BenchData.WriteEnterprises(enterpriseFile, enterprises);
    BenchData.WriteReadings(readingFile, readings);
    Console.WriteLine($"generated {enterprises:N0} enterprises ({new FileInfo(enterpriseFile).Length / 1e6:F0} MB) and {readings:N0} readings ({new FileInfo(readingFile).Length / 1e6:F0} MB) in {clock.Elapsed.TotalSeconds:F1} s");

    DatabaseMigrator.Migrate(connectionString);
    await using var dataSource = ComplianceDatabase.CreateDataSource(connectionString);
    var importer = new Importer(dataSource);

    await Time("enterprises, first import", enterpriseFile, 60);
    await Time("enterprises, same file again", enterpriseFile, 60);
    await Time("readings, first import", readingFile, 120);
    await Time("readings, same file again", readingFile, 120);

    async Task Time(string label, string path, int targetSeconds)
    {
        var sw = Stopwatch.StartNew();
        var summary = await importer.ImportAsync(path);
        sw.Stop();
        Console.WriteLine($"{label}: {sw.Elapsed.TotalSeconds:F1} s (target < {targetSeconds} s) — {summary}");
    }
}
finally
{
    Directory.Delete(folder, recursive: true);
}
