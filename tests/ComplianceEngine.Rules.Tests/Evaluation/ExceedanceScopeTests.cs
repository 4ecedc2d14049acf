using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Examples;

namespace ComplianceEngine.Rules.Tests.Evaluation;

/// <summary>The shipped LIM-HOURLY-01 judged on the facts a monitoring store supplies, through the catalog like any rule.</summary>
public sealed class ExceedanceScopeTests
{
    private static (ComplianceRecord Record, RuleExample Example) Firing()
    {
        var example = ExampleReader.Read(Fixture.ShippedRuleSet.Snapshot, []).First(e => e is { Rule: "LIM-HOURLY-01", Fires: true });
        return (RecordReader.Read(example.Record.ToJsonString(), example.File).Records.Single().Record!, example);
    }

    [Fact]
    public void Evaluate_WritesTheHourlyFindingInChineseAndEnglish_WhenAMonthExceeds()
    {
        var (record, example) = Firing();

        var finding = Fixture.ShippedRuleSet.Evaluate(record, example.AsOf, example.Exceedances).Findings.Single(f => f.RuleId == "LIM-HOURLY-01");

        Assert.Equal("设施GL-1：2026年1月氮氧化物小时浓度有3小时（2天）超过锅炉大气污染物排放标准 GB 13271-2014规定的排放限值300毫克/立方米，最高410毫克/立方米，属超标排放。", finding.Message.Zh);
        Assert.Equal("Facility GL-1: hourly NOx above the emission limit of 300 mg/m³ set by 锅炉大气污染物排放标准 GB 13271-2014 in 3 hours on 2 days of 2026-01, up to 410 mg/m³: discharge exceeding the standard.", finding.Message.En);
        Assert.Equal((Severity.Limit, true, "GL-1"), (finding.Severity, finding.Overdue, finding.FacilityId));
        Assert.Equal(3, Assert.IsAssignableFrom<IEnumerable<DateTimeOffset>>(finding.Facts["readingHours"]).Count());
    }

    [Fact]
    public void Evaluate_ReportsASupervisionItemNotAnExceedance_WhenHoursAreAboveAnUltraLowTargetOnly()
    {
        var (record, example) = Firing();
        IReadOnlyList<ExceedanceMonth> facts = [example.Exceedances[0] with { Regime = "ultra-low", LimitMgM3 = 50, MaxConcentrationMgM3 = 68 }];

        var result = Fixture.ShippedRuleSet.Evaluate(record, example.AsOf, facts);

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "LIM-HOURLY-01");
        var target = Assert.Single(result.Findings, f => f.RuleId == "LIM-HOURLY-02");
        Assert.Equal(Severity.Supervision, target.Severity);
        Assert.Contains("不属超标", target.Message.Zh, StringComparison.Ordinal);
        Assert.NotEqual(Outcome.Noncompliant, result.Outcome);
    }

    [Fact]
    public void Evaluate_SortsHourlyFindingsByFacility_WhenFactsComeInAnotherOrder()
    {
        var (record, example) = Firing();
        var month = example.Exceedances[0];
        IReadOnlyList<ExceedanceMonth> facts = [month with { FacilityId = "GL-2", Pollutant = "SO2" }, month];

        var result = Fixture.ShippedRuleSet.Evaluate(record, example.AsOf, facts);

        Assert.Equal(["GL-1", "GL-2"], result.Findings.Where(f => f.RuleId == "LIM-HOURLY-01").Select(f => f.FacilityId));
        Assert.Equal(Outcome.Noncompliant, result.Outcome);
    }

    [Fact]
    public void Evaluate_IgnoresTheFacts_WhenTheRecordIsAProject()
    {
        var (_, example) = Firing();
        var project = RecordReader.Read(File.ReadAllText(Path.Combine(Path.GetDirectoryName(Fixture.ShippedRules)!, "data", "sample", "projects.json")), "projects.json").Records[0].Record!;

        var result = Fixture.ShippedRuleSet.Evaluate(project, example.AsOf, example.Exceedances);

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "LIM-HOURLY-01");
    }
}
