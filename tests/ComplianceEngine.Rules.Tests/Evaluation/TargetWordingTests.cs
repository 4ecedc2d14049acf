using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Examples;

namespace ComplianceEngine.Rules.Tests.Evaluation;

/// <summary>Issue 13: a monthly average above an ultra-low target is a supervision item worded as such, never 超标.</summary>
public sealed class TargetWordingTests
{
    [Fact]
    public void Evaluate_ReportsATargetOvershootAsASupervisionItem_WhenOnlyTheUltraLowTargetIsPassed()
    {
        var example = ExampleReader.Read(Fixture.ShippedRuleSet.Snapshot, [])
            .Single(e => e is { Rule: "LIM-ULTRA-01" } && e.Name.StartsWith("issue 13 audit: ultra-low coal boiler NOx 60", StringComparison.Ordinal));
        var record = RecordReader.Read(example.Record.ToJsonString(), example.File).Records.Single().Record!;

        var result = Fixture.ShippedRuleSet.Evaluate(record, example.AsOf);

        var target = Assert.Single(result.Findings, f => f.RuleId == "LIM-ULTRA-01");
        Assert.Equal(Severity.Supervision, target.Severity);
        Assert.Contains("不属超过法定排放标准的超标排放", target.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("not an exceedance", target.Message.En, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "LIM-STD-01");
        Assert.NotEqual(Outcome.Noncompliant, result.Outcome);
    }
}
