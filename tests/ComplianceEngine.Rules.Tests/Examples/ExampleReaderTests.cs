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
}
