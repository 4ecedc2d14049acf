using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Rules.Examples;

namespace ComplianceEngine.Rules.Tests.Examples;

public class ExampleReaderTests
{
    [Fact]
    public void Read_KeepsExplicitNulls_WhenTheExampleHasNoBase()
    {
        using var rules = Fixture.CopyMinimal();
        File.WriteAllText(rules.PathOf("examples/extra.json"), """
            { "examples": [ { "name": "no permit", "rule": "ULE-T-01", "asOf": "2026-01-01", "fires": false, "outcome": "compliant",
              "input": { "kind": "enterprise", "id": "E-9", "name": "n", "industryCode": "3982", "city": "南昌市", "permit": null } } ] }
            """);
        var issues = new List<CatalogIssue>();
        var example = ExampleReader.Read(rules.Directory, issues).Single(e => e.Name == "no permit");
        Assert.Empty(issues);
        Assert.True(example.Record.ContainsKey("permit"));
        Assert.Null(example.Record["permit"]);
    }

    [Fact]
    public void Read_AppliesTheInputAsMergePatch_WhenTheExampleHasABase()
    {
        using var rules = Fixture.CopyMinimal();
        var issues = new List<CatalogIssue>();
        var example = ExampleReader.Read(rules.Directory, issues).Single(e => e.Name == "36 t/h is above the threshold");
        Assert.Equal("P-1", (string?)example.Record["id"]);
        Assert.Equal(36, (double)example.Record["facilities"]![0]!["capacityTph"]!);
    }

    [Fact]
    public void Read_GivesTheMonitoringFacts_WhenTheExampleHasExceedances()
    {
        using var rules = Fixture.CopyMinimal();
        File.WriteAllText(rules.PathOf("examples/extra.json"), """
            { "examples": [ { "name": "facts", "rule": "ULE-T-01", "asOf": "2026-01-01", "fires": false, "outcome": "compliant", "input": {},
              "exceedances": [ { "facilityId": "GL-1", "pollutant": "NOx", "month": "2025-12-01", "exceedingHours": 3, "exceedingDays": 2,
                                 "maxConcentrationMgM3": 70, "limitMgM3": 50, "regime": "ultra-low",
                                 "readings": [ { "hour": "2025-12-05T08:00:00+08:00", "concentrationMgM3": 70, "limitMgM3": 50 } ] } ] } ] }
            """);
        var issues = new List<CatalogIssue>();

        var month = Assert.Single(ExampleReader.Read(rules.Directory, issues).Single(e => e.Name == "facts").Exceedances);

        Assert.Empty(issues);
        Assert.Equal(("GL-1", new DateOnly(2025, 12, 1), 3, "ultra-low"), (month.FacilityId, month.Month, month.ExceedingHours, month.Regime));
        Assert.Equal(new DateTimeOffset(2025, 12, 5, 8, 0, 0, TimeSpan.FromHours(8)), Assert.Single(month.Readings).Hour);
    }

    [Fact]
    public void Read_ReportsFileAndPath_WhenExceedancesDoNotRead()
    {
        using var rules = Fixture.CopyMinimal();
        File.WriteAllText(rules.PathOf("examples/extra.json"), """
            { "examples": [ { "name": "bad facts", "rule": "ULE-T-01", "asOf": "2026-01-01", "fires": false, "outcome": "compliant", "input": {},
              "exceedances": [ { "facilityId": "GL-1", "pollutant": "NOx", "month": "December", "exceedingHours": 3 } ] } ] }
            """);
        var issues = new List<CatalogIssue>();

        var examples = ExampleReader.Read(rules.Directory, issues);

        Assert.DoesNotContain(examples, e => e.Name == "bad facts");
        var issue = Assert.Single(issues);
        Assert.Equal("examples/extra.json", issue.File);
        Assert.StartsWith("$.examples[0] (bad facts).exceedances", issue.Location, StringComparison.Ordinal);
    }
}
