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

    private static ProjectRecord ChemicalProject() => new()
    {
        Id = "P-1", Name = "测试化工", IndustryCode = "2614", City = "九江市", ConstructionType = "new", ApplicationDate = new(2026, 1, 5),
        Site = new ProjectSite { InEcologicalRedLine = false, InPermanentBasicFarmland = false, InCountyBuiltUpArea = false, InChemicalPark = true },
        CaptiveCoalPowerUnit = true,
        Facilities = [],
        Sectors = SectorMap.SectorsOf("2614", []),
    };

    [Fact]
    public void Create_TracesEachOrBranchAndKeepsFactsInCatalogOrder_WhenAnOrRuleFires()
    {
        // SIT-CAPTIVE-01 fires on a declared captive coal unit or on a coal power unit among the facilities.
        var finding = Fixture.ShippedRuleSet.Evaluate(ChemicalProject(), AsOf).Findings.Single(f => f.RuleId == "SIT-CAPTIVE-01");

        Assert.Equal([true, false], finding.Conditions.Select(c => c.Held));
        Assert.Equal(["captiveCoalPowerUnit", "coalPowerUnits"], finding.Facts.Keys);
        Assert.Equal(true, finding.Facts["captiveCoalPowerUnit"]);
        Assert.False(finding.Facts.ContainsKey("nothing"));
    }

    [Fact]
    public void Create_FillsTheMessageFromTheFacts_WhenAPermitLapsed()
    {
        var finding = Fixture.ShippedRuleSet.Evaluate(Boiler(new(2010, 1, 1), 10, Expired), AsOf).Findings.Single(f => f.RuleId == "PRM-EXPIRED-01");

        Assert.All(finding.Conditions, c => Assert.True(c.Held));
        Assert.Equal("P-9", finding.Facts["permitNumber"]);
        Assert.Equal(new DateOnly(2025, 1, 1), finding.Facts["validTo"]);
        Assert.Contains("P-9", finding.Message.Zh, StringComparison.Ordinal);
        Assert.Contains("2025-01-01", finding.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_AsksForTheDateWithTheOtherConditionsHeld_WhenOnlyTheAbsentDateDecides()
    {
        // NOx 350 is above table 2 (300, new boilers) and within table 1 (400, boilers in use): the date decides.
        var findings = Fixture.ShippedRuleSet.Evaluate(Boiler(null, 350, Expired), AsOf).Findings.Where(f => f.RuleId == "LIM-STD-01").ToArray();

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
