using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Import;

namespace ComplianceEngine.Screening.Tests;

/// <summary>The as-of date, steel enterprise and readings the screening tests judge with the data tests' minimal catalog.</summary>
internal static class MinimalCatalog
{
    public static readonly DateOnly AsOf = new(2025, 10, 15);

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
