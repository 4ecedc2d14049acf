using System.Diagnostics;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Compilation;

namespace ComplianceEngine.Rules.Tests.Compilation;

public class EvaluationBudgetTests
{
    // Allowed (two lambdas deep) and cheap on the worst-case record, whose facilities come from the examples (no coke
    // ovens), but cubic on coke ovens: on a record of 4000 facilities it would run for hours.
    private const string Cubic = "f.UltraLowStatus != \"completed\" && !r.Facilities.Any(a => a.Type == \"coke-oven\" && r.Facilities.Any(b => b.Id == \"none\"))";

    [Fact]
    public void Evaluate_ThrowsBudgetExceeded_WhenEvaluationOutlivesItsTimeout()
    {
        var (ruleSet, record) = CubicRuleAndHugeRecord();
        var clock = Stopwatch.StartNew();

        using (EvaluationBudget.Start(TimeSpan.FromMilliseconds(300), CancellationToken.None))
        {
            var e = Assert.Throws<EvaluationBudgetExceededException>(() => ruleSet.Evaluate(record, new DateOnly(2026, 3, 1)));
            Assert.Equal("the evaluation ran longer than 0.3 s", e.Message);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {clock.Elapsed}");
    }

    [Fact]
    public void Evaluate_ThrowsOperationCanceled_WhenTokenIsCancelledMidway()
    {
        var (ruleSet, record) = CubicRuleAndHugeRecord();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        using (EvaluationBudget.Start(null, cancel.Token))
        {
            Assert.ThrowsAny<OperationCanceledException>(() => ruleSet.Evaluate(record, new DateOnly(2026, 3, 1)));
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {clock.Elapsed}");
    }

    [Fact]
    public void Start_CountsStepsAndRestoresThePreviousBudget_WhenScopesNest()
    {
        var (ruleSet, _) = CubicRuleAndHugeRecord();
        var small = Enterprise(3);

        using (var outer = EvaluationBudget.Start(null, CancellationToken.None))
        {
            using (var inner = EvaluationBudget.Start(null, CancellationToken.None))
            {
                ruleSet.Evaluate(small, new DateOnly(2026, 3, 1));
                // 3 facilities, one of them a coke oven: per sintering plant one rule step, 3 outer lambda calls and 3 inner
                // ones. The finding's trace does not run them again: a rule whose conditions are all required held them all.
                Assert.Equal(2 * (1 + 3 + 3), inner.Budget.Steps);
                Assert.Same(inner.Budget, EvaluationBudget.Current);
            }

            Assert.Same(outer.Budget, EvaluationBudget.Current);
            Assert.Equal(0, outer.Budget.Steps);
        }
    }

    private static (RuleSet, EnterpriseRecord) CubicRuleAndHugeRecord()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/ultra-low.json", HostileCatalog.UltraLowCondition, "\"Expression\": " + System.Text.Json.JsonSerializer.Serialize(Cubic));
        return (RuleSetLoader.Load(rules.Directory), Enterprise(4000));
    }

    private static EnterpriseRecord Enterprise(int facilities) => new()
    {
        Id = "E-1", Name = "测试钢铁", IndustryCode = "3120", City = "南昌市",
        Sectors = new HashSet<string> { "steel" },
        Facilities = [.. Enumerable.Range(0, facilities).Select(i => new Facility { Id = $"SJ-{i}", Type = i % 3 == 2 ? "coke-oven" : "sintering", UltraLowStatus = "in-progress" })],
    };
}
