using ComplianceEngine.Core.Places;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Core.Tests.Places;

public class JiangxiDivisionsTests
{
    [Fact]
    public void Cities_AreTheContractsElevenCities_WhenLoaded()
    {
        Assert.Equal(ContractValues.Cities.Order(StringComparer.Ordinal), JiangxiDivisions.Cities.Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Contains("民政部", JiangxiDivisions.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Counties_AreOneHundredWithCodesUnderTheirCity_WhenLoaded()
    {
        var counties = JiangxiDivisions.Cities.SelectMany(c => c.Counties.Select(k => (City: c, County: k))).ToList();

        // 27 districts, 12 county-level cities and 61 counties (民政部, 2023).
        Assert.Equal(100, counties.Count);
        Assert.All(counties, x => Assert.StartsWith(x.City.Code[..4], x.County.Code, StringComparison.Ordinal));
        Assert.All(JiangxiDivisions.Cities, c => Assert.Matches("^36[0-9]{2}00$", c.Code));
        Assert.Equal(counties.Count, counties.Select(x => x.County.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("赣州市", "360700", "南康区", "360703")]
    [InlineData("赣州市", "360700", "龙南市", "360783")]
    [InlineData("南昌市", "360100", "红谷滩区", "360113")]
    [InlineData("上饶市", "361100", "广信区", "361104")]
    public void CityNamed_FindsCityAndCounty_WhenNamesAreOfficial(string city, string cityCode, string county, string countyCode)
    {
        var division = JiangxiDivisions.CityNamed(city);

        Assert.Equal(cityCode, division!.Code);
        Assert.Same(division, JiangxiDivisions.CityCoded(cityCode));
        Assert.Equal(countyCode, division.CountyNamed(county)!.Code);
        Assert.Equal(county, division.CountyCoded(countyCode)!.Name);
    }

    [Fact]
    public void CityNamed_ReturnsNull_WhenNameIsNotACityOfJiangxi()
    {
        Assert.Null(JiangxiDivisions.CityNamed("长沙市"));
        Assert.Null(JiangxiDivisions.CityCoded("430100"));
        Assert.Null(JiangxiDivisions.CityNamed("赣州市")!.CountyNamed("龙南县"));
    }
}
