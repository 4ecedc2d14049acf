namespace ComplianceEngine.Rules.Tests.Compilation;

public class RuleBudgetCheckTests
{
    [Fact]
    public void Check_RefusesRule_WhenItIsQuadraticInTheEmissionsOfAWorstCaseRecord()
    {
        // Each of the worst case's 2400 emissions looks at 2400 × 2400 pairs: the examples (a few emissions) pass, the budget does not.
        var issues = HostileCatalog.Check("catalog/limits.json", HostileCatalog.LimitCondition,
            "r.Emissions.Any(a => r.Emissions.Any(b => a.Pollutant + b.Pollutant == \"none\")) || e.ConcentrationMgM3 > p.Limit(\"standard\", f, e.Pollutant)");

        var issue = Assert.Single(issues);
        Assert.Equal("LIM-T-01", issue.Location);
        Assert.Equal("exceeds its evaluation budget on a worst-case record (200 facilities, 2400 emissions): the evaluation took more than 2,000,000 steps", issue.Reason);
    }

    [Fact]
    public void Check_AcceptsRule_WhenItsWorkStaysLinearInTheRecord()
    {
        var issues = HostileCatalog.Check("catalog/limits.json", HostileCatalog.LimitCondition,
            "e.ConcentrationMgM3 > p.Limit(\"standard\", f, e.Pollutant) && r.Facilities.Any(x => x.Id == e.FacilityId)");

        Assert.Empty(issues);
    }

    [Fact]
    public void Check_StopsWithCancellation_WhenTokenIsCancelled()
    {
        using var rules = Fixture.CopyMinimal();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => RuleSetLoader.Check(rules.Directory, cancelled.Token));
    }
}
