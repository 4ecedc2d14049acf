using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Rules.Tests.Parameters;

/// <summary>GB 13271-2014 coal boilers in the shipped catalog: table 1 (在用, before 2014-07-01) from 2016-07-01, table 2 (新建) from 2014-07-01, chosen by installation age and by the month judged.</summary>
public class InstallationAgeTests
{
    private static Facility Boiler(DateOnly? commissionedOn) =>
        new() { Id = "GL-1", Type = "boiler", Fuel = "coal", CapacityTph = 20, CommissionedOn = commissionedOn };

    private static ParameterSet On(int year, int month, int day) => Fixture.ShippedRuleSet.Parameters.For("赣州市", new DateOnly(year, month, day));

    [Fact]
    public void LimitWhateverAge_IsTheLoosestTable_WhenTheCommissioningDateIsUnknown()
    {
        var p = On(2025, 11, 30);

        Assert.Equal((300.0, 400.0), (p.Limit("standard", Boiler(null), "SO2")!.Value, p.LimitWhateverAge("standard", Boiler(null), "SO2")!.Value));
    }

    [Fact]
    public void LimitWhateverAge_IsTheTablesOwn_WhenTheCommissioningDateIsKnown()
    {
        var p = On(2025, 11, 30);

        Assert.Equal(400.0, p.LimitWhateverAge("standard", Boiler(new DateOnly(2010, 5, 1)), "NOx"));
        Assert.Equal(300.0, p.LimitWhateverAge("standard", Boiler(new DateOnly(2014, 7, 1)), "NOx"));
    }

    [Fact]
    public void LimitWhateverAge_IsNull_WhenAnAgeClassHasNoLimitInForceYet()
    {
        // 2016-06-30: table 2 binds new boilers, table 1 does not yet bind boilers in use, so the date decides.
        Assert.Null(On(2016, 6, 30).LimitWhateverAge("standard", Boiler(null), "NOx"));
        Assert.Equal(400.0, On(2016, 7, 1).LimitWhateverAge("standard", Boiler(null), "NOx"));
    }

    [Fact]
    public void Limit_IsTheJudgedMonthsTable_WhenTheMonthPrecedesATableThatBindsOnTheAsOfDate()
    {
        var asOf = new DateOnly(2016, 9, 15);
        var inUse = Boiler(new DateOnly(2010, 5, 1));

        Assert.Null(Fixture.ShippedRuleSet.Parameters.For("赣州市", asOf, new DateOnly(2016, 2, 1)).Limit("standard", inUse, "NOx"));
        Assert.Equal(400.0, Fixture.ShippedRuleSet.Parameters.For("赣州市", asOf, new DateOnly(2016, 7, 1)).Limit("standard", inUse, "NOx"));
        Assert.Equal(400.0, On(2016, 9, 15).Limit("standard", inUse, "NOx"));
    }

    [Fact]
    public void WhateverAge_IsTheOnlyLimit_WhenTheStandardHasNoAgeTables()
    {
        var limit = new EmissionLimit
        {
            Regime = "standard", FacilityTypes = ["sintering"], Pollutant = "SO2", ValueMgM3 = 200, From = new DateOnly(2015, 1, 1),
            Reference = new ParameterReference { Title = "钢铁烧结、球团工业大气污染物排放标准", Number = "GB 28662-2012" },
        };

        Assert.Same(limit, InstallationAge.WhateverAge([limit], new DateOnly(2025, 1, 1)));
        Assert.Null(InstallationAge.WhateverAge([], new DateOnly(2025, 1, 1)));
    }
}
