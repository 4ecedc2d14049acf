namespace ComplianceEngine.Rules.Tests.Compilation;

public class AllowListWalkerTests
{
    private const string Docs = "is not allowed in rule expressions (allowed: see docs/rule-format.md)";

    [Theory]
    [InlineData("r.GetType().Assembly.Location")]
    [InlineData("r.GetType().Module.Name")]
    [InlineData("r.GetType().BaseType.Name")]
    [InlineData("f.GetType()")]
    public void Check_RefusesGetType_WhenFactReachesIntoReflection(string expression)
    {
        var issue = HostileCatalog.FactIssue(expression);

        Assert.Equal($"fact 'status': member System.Object.GetType {Docs}", issue.Reason);
    }

    [Fact]
    public void Check_RefusesJsonObject_WhenFactReadsTheUntypedExtraFields()
    {
        var issue = HostileCatalog.FactIssue("f.Extra");

        Assert.Equal($"fact 'status': type System.Text.Json.Nodes.JsonObject {Docs}", issue.Reason);
    }

    [Fact]
    public void Check_RefusesTheFact_WhenItsValueIsARecordNotAValue()
    {
        var issue = HostileCatalog.FactIssue("f");

        Assert.Equal("fact 'status': a fact is a value (number, string, boolean, date, enum, or a list of those); this one is a ComplianceEngine.Core.Records.Facility", issue.Reason);
    }

    [Theory]
    [InlineData("\"x\".PadLeft(500000000)")]
    [InlineData("f.Type.PadRight(f.Type.Length * 100000)")]
    public void Check_RefusesPadding_WhenWidthIsHugeOrComputed(string expression)
    {
        var issue = HostileCatalog.FactIssue(expression);

        Assert.Contains("member System.String.Pad", issue.Reason);
        Assert.Contains("only with a constant width of at most 256", issue.Reason);
    }

    [Fact]
    public void Check_RefusesRepeat_WhenFactBuildsAHugeList()
    {
        var issue = HostileCatalog.FactIssue("Enumerable.Repeat(\"x\", 300000000).ToList().Count");

        Assert.StartsWith("fact 'status': member System.Linq.Enumerable.Repeat is not allowed in rule expressions", issue.Reason);
    }

    [Fact]
    public void Check_RefusesReplace_WhenReplacementGrowsTheString()
    {
        var issue = HostileCatalog.FactIssue("f.Type.Replace(\"i\", \"iiiiiiiiii\").Replace(\"i\", \"iiiiiiiiii\").Replace(\"i\", \"iiiiiiiiii\")");

        Assert.Contains("member System.String.Replace is allowed only with constant arguments whose replacement is no longer than what it replaces", issue.Reason);
    }

    [Fact]
    public void Check_RefusesRange_WhenConditionNestsLoopsOverCounts()
    {
        var issues = HostileCatalog.Check("catalog/ultra-low.json", HostileCatalog.UltraLowCondition,
            "Enumerable.Range(0, 1000000).Any(i => Enumerable.Range(0, 1000000).Any(j => i + j < 0))");

        // The replaced condition no longer reads the field the rule's whenMissing names; only the allow-list issue matters here.
        var issue = Assert.Single(issues, i => i.Reason.Contains("Enumerable.Range", StringComparison.Ordinal));
        Assert.Equal("ULE-T-01", issue.Location);
        Assert.StartsWith("condition 'condition': member System.Linq.Enumerable.Range is not allowed in rule expressions", issue.Reason);
    }

    [Fact]
    public void Check_RefusesRange_WhenLoopIsGuardedByOneProjectName()
    {
        var issues = HostileCatalog.Check("catalog/siting.json", HostileCatalog.SitingCondition,
            "r.Name == \"某个项目\" && Enumerable.Range(0, 1000000).Any(i => Enumerable.Range(0, 1000000).Any(j => i + j < 0))");

        var issue = Assert.Single(issues);
        Assert.Equal("SIT-T-01", issue.Location);
        Assert.Contains("member System.Linq.Enumerable.Range is not allowed", issue.Reason);
    }

    [Fact]
    public void Check_RefusesDeepLambdas_WhenLoopsOverTheRecordNestThreeDeep()
    {
        var issues = HostileCatalog.Check("catalog/siting.json", HostileCatalog.SitingCondition,
            "r.Facilities.Any(a => r.Facilities.Any(b => r.Facilities.Any(c => a.Type + b.Type == c.Type)))");

        Assert.Contains("lambdas nest 3 deep; rule expressions allow at most 2", Assert.Single(issues).Reason);
    }

    [Theory]
    [InlineData("DateTime.Now.Year > 2000", "System.DateTime.Now")]
    [InlineData("Guid.NewGuid() != Guid.Empty", "System.Guid.NewGuid")]
    [InlineData("p.NumAt(0) > 0", "ComplianceEngine.Rules.Parameters.ParameterSet.NumAt")]
    public void Check_RefusesMember_WhenItIsNotOnTheAllowList(string expression, string member)
    {
        var issues = HostileCatalog.Check("catalog/siting.json", HostileCatalog.SitingCondition, expression);

        var reason = Assert.Single(issues).Reason;
        Assert.Equal($"condition 'in a county-level built-up area': member {member} {Docs}", reason);
    }

    [Theory]
    [InlineData("f.Type.ToUpperInvariant().Replace(\"-\", \" \").PadLeft(12).Length > 0 && r.Site.InCountyBuiltUpArea")]
    [InlineData("r.Facilities.Where(x => x.Type == \"boiler\").Select(x => x.CapacityTph ?? 0).Sum() >= Math.Max(0, 0) && r.Site.InCountyBuiltUpArea")]
    [InlineData("r.Facilities.Any(a => r.Facilities.Count(b => b.Type == a.Type) > 0) && r.Site.InCountyBuiltUpArea")]
    [InlineData("r.ApplicationDate.AddMonths(1) > p.AsOf.AddYears(-10) && r.Site.InCountyBuiltUpArea")]
    [InlineData("r.Kind.ToString() == \"Project\" && r.Site.InCountyBuiltUpArea")]
    [InlineData("r.Facilities.Any(a => r.Facilities.Any(b => a != b && a.Type == b.Type)) || r.Site.InCountyBuiltUpArea")]
    public void Check_AcceptsExpression_WhenItUsesOnlyAllowedMembers(string expression)
    {
        Assert.Empty(HostileCatalog.Check("catalog/siting.json", HostileCatalog.SitingCondition, expression));
    }

    [Fact]
    public void Check_AcceptsListFact_WhenItIsAListOfValues()
    {
        Assert.Empty(HostileCatalog.Check("catalog/ultra-low.json", HostileCatalog.UltraLowFact, "r.Facilities.Select(x => x.Type)"));
    }
}
