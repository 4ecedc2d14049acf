using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Rules.Tests.Evaluation;

/// <summary>Findings built from per-rule parts (traces, fact names, bound messages) read exactly as findings built whole.</summary>
public class FindingFactoryTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static EnterpriseRecord Boiler(DateOnly? commissionedOn, double nox, Permit? permit) => new()
    {
        Id = "E-1", Name = "测试热力", IndustryCode = "4430", City = "南昌市", Permit = permit,
        Facilities = [new Facility { Id = "GL-1", Type = "boiler", Fuel = "coal", CommissionedOn = commissionedOn }],
        Emissions = [new Emission { FacilityId = "GL-1", Pollutant = "NOx", ConcentrationMgM3 = nox, Period = new DateOnly(2026, 9, 1) }],
        Sectors = SectorMap.SectorsOf("4430", []),
    };

    private static readonly Permit Expired = new() { Number = "P-9", ManagementClass = "key", ValidFrom = new(2020, 1, 1), ValidTo = new(2025, 1, 1) };

    [Fact]
    public void Create_TracesEachOrBranchAndKeepsFactsInCatalogOrder_WhenAnOrRuleFires()
    {
        var finding = Fixture.ShippedRuleSet.Evaluate(Boiler(new(2010, 1, 1), 10, Expired), AsOf).Findings.Single(f => f.RuleId == "PRM-EXPIRED-01");

        Assert.Equal([true, false], finding.Conditions.Select(c => c.Held));
        Assert.Equal(["permitNumber", "validFrom", "validTo"], finding.Facts.Keys);
        Assert.Equal("P-9", finding.Facts["permitNumber"]);
        Assert.True(finding.Facts.TryGetValue("validTo", out var validTo));
        Assert.Equal(new DateOnly(2025, 1, 1), validTo);
        Assert.False(finding.Facts.ContainsKey("nothing"));
        Assert.Contains("P-9", finding.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("2025-01-01", finding.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_AsksForTheDateWithTheOtherConditionsHeld_WhenOnlyTheAbsentDateDecides()
    {
        var findings = Fixture.ShippedRuleSet.Evaluate(Boiler(null, 900, Expired), AsOf).Findings.Where(f => f.RuleId == "LIM-STD-01").ToArray();

        var missing = Assert.Single(findings);
        Assert.Equal(Severity.Missing, missing.Severity);
        Assert.Equal(["facilities[].commissionedOn"], missing.MissingFields);
        Assert.Equal([true, true, false], missing.Conditions.Select(c => c.Held));
    }

    [Fact]
    public void Missing_AsksNothing_WhenAConditionTheDateDoesNotDecideFails()
    {
        // Below even the strictest table: the date cannot change the decision, so nothing is asked.
        Assert.DoesNotContain(Fixture.ShippedRuleSet.Evaluate(Boiler(null, 10, Expired), AsOf).Findings, f => f.RuleId == "LIM-STD-01");
    }
}
