using ComplianceEngine.Rules.Catalog;

namespace ComplianceEngine.Rules.Tests.Catalog;

public class RuleSetLoaderTests
{
    [Fact]
    public void Check_ReportsNoIssues_WhenFixtureCatalogIsValid()
    {
        using var rules = Fixture.CopyMinimal();
        var (ruleSet, issues) = RuleSetLoader.Check(rules.Directory);
        Assert.Empty(issues);
        Assert.Equal(3, ruleSet!.Rules.Count);
    }

    [Fact]
    public void Check_NamesFileRuleAndField_WhenPropertyIsUnknown()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", "\"severity\": \"prohibition\",", "\"severity\": \"prohibition\", \"severty\": \"x\",");
        var issue = Assert.Single(RuleSetLoader.Check(rules.Directory).Issues);
        Assert.Equal(Path.Combine("catalog", "siting.json"), issue.File);
        Assert.Equal("SIT-T-01.Properties.severty", issue.Location);
        Assert.Equal("unknown field", issue.Reason);
    }

    [Fact]
    public void Check_ReportsCompileError_WhenExpressionNamesMissingProperty()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/ultra-low.json", "f.UltraLowStatus != ", "f.UltraLowState != ");

        // The stale whenMissing entry for f.UltraLowStatus is reported too; this test is about the compile error.
        var issue = Assert.Single(RuleSetLoader.Check(rules.Directory).Issues, i => !i.Location!.Contains("whenMissing"));
        Assert.Equal("ULE-T-01", issue.Location);
        Assert.Contains("does not compile", issue.Reason);
        Assert.Contains("UltraLowState", issue.Reason);
    }

    [Fact]
    public void Check_ReportsUnknownParameter_WhenExpressionReadsUndefinedName()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", "p.Num(\\\"boiler.ban.maxTph\\\")", "p.Num(\\\"boiler.ban.max\\\")");
        var issue = Assert.Single(RuleSetLoader.Check(rules.Directory).Issues);
        Assert.Equal("SIT-T-01", issue.Location);
        Assert.Contains("unknown parameter 'boiler.ban.max'", issue.Reason);
    }

    [Fact]
    public void Check_ReportsMistypedParameter_WhenDateIsReadAsNumber()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", "p.Num(\\\"boiler.ban.maxTph\\\")", "p.Num(\\\"steel.deadline\\\")");
        Assert.Contains(RuleSetLoader.Check(rules.Directory).Issues, i => i.Reason.Contains("is a date, read with p.Num"));
    }

    [Fact]
    public void Check_ReportsQuote_WhenItIsNotVerbatimInTheSource()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", "不再审批35蒸吨", "不再审批36蒸吨");
        var issue = Assert.Single(RuleSetLoader.Check(rules.Directory).Issues);
        Assert.Equal("SIT-T-01.Properties.citation.quote", issue.Location);
        Assert.Contains("does not occur verbatim", issue.Reason);
    }

    [Fact]
    public void Check_ReportsMissingExample_WhenRuleHasNoNonFiringExample()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("examples/siting.json", "\"fires\": false", "\"fires\": true");
        var issues = RuleSetLoader.Check(rules.Directory).Issues;
        Assert.Contains(issues, i => i.Location == "SIT-T-01" && i.Reason.StartsWith("no example leaves this rule silent", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ReportsFailingExample_WhenOutcomeDiffers()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("examples/siting.json", "\"outcome\": \"reject\"", "\"outcome\": \"conditional\"");
        var issue = Assert.Single(RuleSetLoader.Check(rules.Directory).Issues);
        Assert.Contains("expected outcome conditional, got reject", issue.Reason);
    }

    [Fact]
    public void Check_ReportsLineAndPosition_WhenFileIsNotJson()
    {
        using var rules = Fixture.CopyMinimal();
        File.WriteAllText(rules.PathOf("catalog/ultra-low.json"), "[\n  { \"WorkflowName\": }\n]");
        var issues = RuleSetLoader.Check(rules.Directory).Issues;
        Assert.Contains(issues, i => i.File == Path.Combine("catalog", "ultra-low.json") && i.Location!.StartsWith("line 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_ReportsWorkflowName_WhenItDoesNotMatchTheFile()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", "siting/project/facility", "siting/projects/facility");
        Assert.Contains(RuleSetLoader.Check(rules.Directory).Issues, i => i.Location == "$[0].WorkflowName");
    }

    [Fact]
    public void Load_Throws_WhenCatalogIsInvalid()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/ultra-low.json", "\"severity\": \"obligation\"", "\"severity\": \"duty\"");
        var e = Assert.Throws<CatalogInvalidException>(() => RuleSetLoader.Load(rules.Directory));
        Assert.Contains("unknown severity 'duty'", e.Message);
        Assert.Contains(Path.Combine("catalog", "ultra-low.json"), e.Message);
    }
}
