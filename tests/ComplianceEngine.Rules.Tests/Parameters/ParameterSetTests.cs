namespace ComplianceEngine.Rules.Tests.Parameters;

public class ParameterSetTests
{
    private static readonly RuleSet Minimal = LoadMinimal();

    private static RuleSet LoadMinimal()
    {
        using var rules = Fixture.CopyMinimal();
        return RuleSetLoader.Load(rules.Directory);
    }

    [Fact]
    public void Date_TakesTheCityValue_WhenTheCityIsStricter()
    {
        Assert.Equal(new DateOnly(2024, 12, 31), Minimal.Parameters.For("赣州市", new DateOnly(2025, 1, 1)).Date("steel.deadline"));
    }

    [Fact]
    public void Date_KeepsTheProvinceValue_WhenTheCityIsLaxer()
    {
        Assert.Equal(new DateOnly(2025, 12, 31), Minimal.Parameters.For("九江市", new DateOnly(2025, 1, 1)).Date("steel.deadline"));
    }

    [Fact]
    public void Num_IsNull_WhenNoValueIsInForceYet()
    {
        Assert.Null(Minimal.Parameters.For("南昌市", new DateOnly(2020, 1, 1)).Num("boiler.ban.maxTph"));
        Assert.Equal(35, Minimal.Parameters.For("南昌市", new DateOnly(2022, 1, 1)).Num("boiler.ban.maxTph"));
    }

    [Fact]
    public void Limit_FindsTheTableValue_ForFacilityTypeAndPollutant()
    {
        var p = Minimal.Parameters.For("南昌市", new DateOnly(2025, 1, 1));
        var sintering = new ComplianceEngine.Core.Records.Facility { Id = "S", Type = "sintering" };
        Assert.Equal(300, p.Limit("standard", sintering, "NOx"));
        Assert.Null(p.Limit("standard", sintering, "SO2"));
        Assert.Null(p.Limit("ultra-low", sintering, "NOx"));
    }

    [Fact]
    public void DaysUntil_CountsFromTheAsOfDate()
    {
        var p = Minimal.Parameters.For("南昌市", new DateOnly(2025, 1, 1));
        Assert.Equal(30, p.DaysUntil(new DateOnly(2025, 1, 31)));
        Assert.Null(p.DaysUntil(null));
    }
}
