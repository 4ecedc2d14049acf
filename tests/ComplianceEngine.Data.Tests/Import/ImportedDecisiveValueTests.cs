using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Data.Import;
using ComplianceEngine.Data.Records;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Data.Tests.Import;

/// <summary>
/// Issue 11 item 3 through import: a coal boiler without <c>capacityTph</c> is stored without it (not as 0), so the
/// stored record, evaluated as the nightly sweep does, is asked for the capacity rather than passed.
/// </summary>
public sealed class ImportedDecisiveValueTests(TestDatabase db) : IClassFixture<TestDatabase>, IDisposable
{
    private const string Site = """{"inEcologicalRedLine":false,"inPermanentBasicFarmland":false,"inCountyBuiltUpArea":true,"inChemicalPark":false}""";
    private const string Permit = """{"number":"P-MD","managementClass":"key","validFrom":"2023-01-01","validTo":"2027-12-31","lastAnnualReportYear":2024}""";

    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task ImportAsync_StoresCapacityAsAbsentSoTheDecisionAsksForIt_WhenACoalBoilerHasNone()
    {
        var path = _files.Write("missing.jsonl", string.Join('\n',
            $$"""{"kind":"project","id":"MD-P-1","name":"赣州虚构锅炉项目","industryCode":"3982","city":"赣州市","county":"南康区","constructionType":"new","applicationDate":"2025-06-01","site":{{Site}},"facilities":[{"type":"boiler","fuel":"coal"}]}""",
            $$"""{"kind":"project","id":"MD-P-2","name":"赣州虚构锅炉项目","industryCode":"3982","city":"赣州市","county":"南康区","constructionType":"new","applicationDate":"2025-06-01","site":{{Site}},"facilities":[{"type":"boiler","fuel":"coal","capacityTph":10}]}""",
            $$"""{"kind":"enterprise","id":"MD-E-1","name":"宜春虚构热电公司","industryCode":"2929","city":"宜春市","permit":{{Permit}},"facilities":[{"id":"GL-1","type":"boiler","fuel":"coal","ultraLowStatus":"not-started","onlineMonitoring":true}]}"""));

        var summary = await new Importer(db.DataSource).ImportAsync(path);
        var stored = new StoredRecords(db.DataSource);
        var records = await stored.ReadAsync("project", ["MD-P-1", "MD-P-2"]).Concat(stored.ReadAsync("enterprise", ["MD-E-1"])).ToListAsync();
        var catalog = RuleSetLoader.Load(RulesDirectory.Resolve(null));
        var results = records.Select(r => catalog.Evaluate(r.Record!, new DateOnly(2025, 6, 30))).ToDictionary(r => r.RecordId);

        Assert.Equal((3L, 0L), (summary.Inserted, summary.Invalid));
        Assert.Equal([Outcome.Conditional, Outcome.Reject, Outcome.Due], new[] { "MD-P-1", "MD-P-2", "MD-E-1" }.Select(id => results[id].Outcome));
        Assert.Contains(results["MD-P-1"].Findings, f => f is { RuleId: "SIT-COALBOILER-01", Severity: Severity.Missing } && f.MissingFields.Contains("facilities[].capacityTph"));
        Assert.Contains(results["MD-E-1"].Findings, f => f is { RuleId: "ULE-BOILER-01", Severity: Severity.Missing } && f.MissingFields.Contains("facilities[].capacityTph"));
    }
}
