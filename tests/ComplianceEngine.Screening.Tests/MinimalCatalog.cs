using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Import;

namespace ComplianceEngine.Screening.Tests;

/// <summary>The data tests' minimal catalog copied into a test's folder (so a test may edit or delete it), a steel enterprise, and its readings.</summary>
internal static class MinimalCatalog
{
    public static readonly DateOnly AsOf = new(2025, 10, 15);

    public static string CopyTo(TestFiles files)
    {
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal-rules");
        var target = Path.Combine(files.Folder, "rules");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    /// <summary>A sintering line (standard NOx limit 300 mg/m³) with the given ultra-low status, and optionally a monthly NOx mean.</summary>
    public static ComplianceRecord Steel(string id, string status, double? monthlyNox = null) =>
        RecordReader.Read($$"""
            {"kind":"enterprise","id":"{{id}}","name":"测试钢铁","industryCode":"3120","city":"南昌市",
             "permit":{"number":"X-1","managementClass":"key","validFrom":"2022-01-01","validTo":"2027-01-01"},
             "facilities":[{"id":"SJ-1","type":"sintering","ultraLowStatus":"{{status}}"}],
             "emissions":[{{(monthlyNox is { } nox ? $$"""{"facilityId":"SJ-1","pollutant":"NOx","concentrationMgM3":{{nox}},"period":"2025-08"}""" : "")}}]}
            """, "test").Records.Single().Record!;

    public static async Task ImportReadingsAsync(TestDatabase db, TestFiles files, string id, params (string Hour, double Value)[] readings) =>
        Assert.Equal(0, (await new Importer(db.DataSource).ImportAsync(files.Write($"{id}-{Guid.NewGuid():N}.csv",
            "enterpriseId,facilityId,pollutant,hour,concentrationMgM3\n" + string.Concat(readings.Select(r => $"{id},SJ-1,NOx,{r.Hour},{r.Value}\n"))))).Invalid);
}
