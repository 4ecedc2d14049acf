using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Audit;
using ComplianceEngine.Data.Enforcement;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Data.Tests.Enforcement;

public sealed class CityTalliesTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private static readonly DateOnly AsOf = new(2026, 3, 1);
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static string Enterprise(string id, string city, double noxMgM3) => $$"""
        {"kind":"enterprise","id":"{{id}}","name":"测试钢铁{{id}}","industryCode":"3120","city":"{{city}}",
         "permit":{"number":"X-{{id}}","managementClass":"key","validFrom":"2022-01-01","validTo":"2029-01-01"},
         "facilities":[{"id":"SJ-1","type":"sintering","ultraLowStatus":"completed"}],
         "emissions":[{"facilityId":"SJ-1","pollutant":"NOx","concentrationMgM3":{{noxMgM3}},"period":"2026-01"}]}
        """;

    [Fact]
    public async Task ReadAsync_CountsLatestJudgementsAndInspectionsOfTheYear_WhenCitiesHaveBoth()
    {
        // 南昌市: one over the NOx limit (non-compliant), one under; 九江市: one under, later judged over after the as-of date.
        var records = new[] { Enterprise("T-NC-1", "南昌市", 320), Enterprise("T-NC-2", "南昌市", 120), Enterprise("T-JJ-1", "九江市", 120) };
        await new Importer(db.DataSource).ImportAsync(_files.Write("enterprises.json", $"[{string.Join(",", records)}]"));
        var ruleSet = RuleSetLoader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "minimal-rules"));
        var trail = new AuditTrail(db.DataSource);
        foreach (var json in records)
        {
            var record = RecordReader.Read(json, "test").Records.Single().Record!;
            await trail.StoreAsync(ruleSet, record, ruleSet.Evaluate(record, AsOf));
        }

        var later = RecordReader.Read(Enterprise("T-JJ-1", "九江市", 320), "test").Records.Single().Record!;
        await trail.StoreAsync(ruleSet, later, ruleSet.Evaluate(later, AsOf.AddMonths(1)));
        await new InspectionStore(db.DataSource).UpsertAsync(
        [
            new InspectionRow("T-NC-1", AsOf.AddDays(-10), ViolationFound: true),
            new InspectionRow("T-NC-2", AsOf.AddDays(-20), ViolationFound: false),
            new InspectionRow("T-NC-2", AsOf.AddYears(-2), ViolationFound: true),
            new InspectionRow("T-JJ-1", AsOf.AddDays(5), ViolationFound: true),
        ]);

        var tallies = await new CityTallies(db.DataSource).ReadAsync(AsOf);

        Assert.Equal(ContractValues.Cities, tallies.Select(t => t.City));
        Assert.Equal(new CityTally("南昌市", 2, 2, 1, 0, 1, 2, 1), tallies.Single(t => t.City == "南昌市"));
        Assert.Equal(new CityTally("九江市", 1, 1, 0, 0, 0, 0, 0), tallies.Single(t => t.City == "九江市"));
        Assert.Equal(new CityTally("赣州市", 0, 0, 0, 0, 0, 0, 0), tallies.Single(t => t.City == "赣州市"));
    }
}
