using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Rules.Tests.Catalog;

/// <summary>ADR 0008: a rule that reads an optional field declares what its absence does, and an absent decisive value is a finding.</summary>
public class MissingValueTests
{
    [Fact]
    public void Check_RefusesRule_WhenItReadsAnOptionalFieldWithoutDeclaringIt()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", "{ \"field\": \"f.CapacityTph\", \"effect\": \"ask\", \"supply\": { \"zh\": \"锅炉额定蒸发量\", \"en\": \"the boiler's rated capacity\" } }", "");
        rules.Edit("catalog/siting.json", "\"the boiler's fuel\" } },", "\"the boiler's fuel\" } }");
        var issues = RuleSetLoader.Check(rules.Directory).Issues;
        var issue = Assert.Single(issues, i => i.Location == "SIT-T-01.Properties.whenMissing");
        Assert.Contains("f.CapacityTph (facilities[].capacityTph)", issue.Reason);
    }

    [Fact]
    public void Check_RefusesAsk_WhenItDoesNotSayWhatToSupply()
    {
        using var rules = Fixture.CopyMinimal();
        rules.Edit("catalog/siting.json", ", \"supply\": { \"zh\": \"锅炉燃料\", \"en\": \"the boiler's fuel\" }", "");
        Assert.Contains(RuleSetLoader.Check(rules.Directory).Issues, i => i.Location == "SIT-T-01.Properties.whenMissing[0].supply");
    }

    [Fact]
    public void Evaluate_AsksForCapacity_WhenACoalBoilerProjectInABuiltUpAreaHasNone()
    {
        var project = Project(new Facility { Type = "boiler", Fuel = "coal" }, builtUp: true);
        var result = Fixture.ShippedRuleSet.Evaluate(project, new DateOnly(2025, 6, 30));
        Assert.Equal(Outcome.Conditional, result.Outcome);
        var finding = Assert.Single(result.Findings, f => f.RuleId == "SIT-COALBOILER-01");
        Assert.Equal(Severity.Missing, finding.Severity);
        Assert.Equal(["facilities[].capacityTph"], finding.MissingFields);
        Assert.Contains("facilities[].capacityTph", finding.Message.Zh);
    }

    [Fact]
    public void Evaluate_AsksNothing_WhenTheDecisionDoesNotTurnOnTheAbsentValue()
    {
        // Outside a built-up area the ban cannot apply whatever the capacity.
        var project = Project(new Facility { Type = "boiler", Fuel = "coal" }, builtUp: false);
        var result = Fixture.ShippedRuleSet.Evaluate(project, new DateOnly(2025, 6, 30));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "SIT-COALBOILER-01");
    }

    [Fact]
    public void Evaluate_KeepsKeyCoalBoilerDue_WhenItsCapacityIsMissing()
    {
        var enterprise = new EnterpriseRecord
        {
            Id = "E-M", Name = "测试企业", IndustryCode = "2929", City = "宜春市",
            Permit = new Permit { Number = "P", ManagementClass = "key", ValidFrom = new(2023, 1, 1), ValidTo = new(2028, 12, 31), LastAnnualReportYear = 2025 },
            Facilities = [new Facility { Id = "GL-1", Type = "boiler", Fuel = "coal", UltraLowStatus = "not-started", OnlineMonitoring = false }],
        };
        var result = Fixture.ShippedRuleSet.Evaluate(enterprise, new DateOnly(2026, 3, 1));
        Assert.Equal(Outcome.Due, result.Outcome);
        Assert.Contains(result.Findings, f => f.RuleId == "ULE-BOILER-01" && f.Severity == Severity.Missing);
        Assert.Contains(result.Findings, f => f.RuleId == "PRM-ONLINE-01" && f.Severity == Severity.Missing);
    }

    private static ProjectRecord Project(Facility boiler, bool builtUp) => new()
    {
        Id = "P-M", Name = "测试项目", IndustryCode = "3982", City = "吉安市", ConstructionType = "new", ApplicationDate = new(2025, 6, 1),
        Site = new ProjectSite { InEcologicalRedLine = false, InPermanentBasicFarmland = false, InCountyBuiltUpArea = builtUp, InChemicalPark = false },
        Facilities = [boiler],
    };
}
