using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Examples;

namespace ComplianceEngine.Rules.Tests.Evaluation;

/// <summary>A finding cites the edition of a measure in force on its as-of date, not the one it replaced or the one to come.</summary>
public sealed class BasisEditionTests
{
    private static IReadOnlyList<string> EnergyReviewBasis(string exampleName)
    {
        var example = ExampleReader.Read(Fixture.ShippedRuleSet.Snapshot, []).Single(e => e is { Rule: "TWH-ENERGY-01" } && e.Name == exampleName);
        var record = RecordReader.Read(example.Record.ToJsonString(), example.File).Records.Single().Record!;
        var finding = Fixture.ShippedRuleSet.Evaluate(record, example.AsOf).Findings.Single(f => f.RuleId == "TWH-ENERGY-01");
        return [.. finding.Citation.Basis.Where(b => b.Title == "固定资产投资项目节能审查办法").Select(b => b.Number)];
    }

    [Fact]
    public void Evaluate_CitesThe2016Measures_WhenScreenedBeforeThe2023EditionTookEffect()
    {
        Assert.Equal(["国家发展和改革委员会令2016年第44号"], EnergyReviewBasis("8000 tce before 2023-06-01: the 2016 rules had a 5000 tce threshold"));
    }

    [Fact]
    public void Evaluate_CitesOnlyThe2023Measures_WhenScreenedAfterTheyReplacedThe2016Ones()
    {
        Assert.Equal(["国家发展和改革委员会令2023年第2号"], EnergyReviewBasis("two-high project using 10000 tce a year needs provincial energy review"));
    }

    [Fact]
    public void Load_KeepsEveryEditionInTheDefinition_WhileFindingsCiteOne()
    {
        var eliminated = Fixture.ShippedRuleSet.Rules.Single(r => r.Definition.Id == "SIT-ELIMINATED-01").Definition.Citation;

        Assert.Equal(3, eliminated.Basis.Count(b => b.Title.StartsWith("产业结构调整指导目录", StringComparison.Ordinal)));
        Assert.Single(eliminated.On(new DateOnly(2022, 6, 30)).Basis, b => b.Title.StartsWith("产业结构调整指导目录", StringComparison.Ordinal) && b.Title.Contains("2019年本", StringComparison.Ordinal));
    }
}
