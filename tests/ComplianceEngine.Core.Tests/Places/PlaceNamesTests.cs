using ComplianceEngine.Core.Places;

namespace ComplianceEngine.Core.Tests.Places;

public class PlaceNamesTests
{
    [Theory]
    [InlineData("赣州市", "赣州市")]
    [InlineData("赣州", "赣州市")]
    [InlineData("赣州市\u3000", "赣州市")]
    [InlineData(" 赣州市", "赣州市")]
    [InlineData("贛州市", "赣州市")]
    [InlineData("江西省赣州市", "赣州市")]
    [InlineData("江西赣州", "赣州市")]
    [InlineData("景德鎮", "景德镇市")]
    [InlineData("鷹潭市", "鹰潭市")]
    [InlineData("上饒市", "上饶市")]
    public void FindCity_ReturnsOfficialCity_WhenNameIsWrittenAnotherWay(string written, string official)
    {
        Assert.Equal(official, PlaceNames.FindCity(written)?.Name);
    }

    [Theory]
    [InlineData("火星市")]
    [InlineData("长沙市")]
    [InlineData("市")]
    [InlineData("江西省")]
    [InlineData("南康区")]
    public void FindCity_ReturnsNull_WhenNameIsNotACityOfJiangxi(string written)
    {
        Assert.Null(PlaceNames.FindCity(written));
    }

    [Theory]
    [InlineData("赣州市", "南康区", "南康区")]
    [InlineData("赣州市", "南康", "南康区")]
    [InlineData("赣州市", "赣州市南康区", "南康区")]
    [InlineData("赣州市", "江西省赣州市南康区", "南康区")]
    [InlineData("赣州市", "龍南市", "龙南市")]
    [InlineData("赣州市", "赣县", "赣县区")]
    [InlineData("吉安市", "吉安县", "吉安县")]
    [InlineData("吉安市", "井岡山市", "井冈山市")]
    [InlineData("南昌市", "南昌县", "南昌县")]
    [InlineData("南昌市", "南昌", "南昌县")]
    public void FindCounty_ReturnsOfficialCounty_WhenNameIsWrittenAnotherWay(string city, string written, string official)
    {
        Assert.Equal(official, PlaceNames.FindCounty(JiangxiDivisions.CityNamed(city)!, written)?.Name);
    }

    [Theory]
    [InlineData("赣州市", "湖口县")]
    [InlineData("赣州市", "龙南县")]
    [InlineData("九江市", "某县")]
    public void FindCounty_ReturnsNull_WhenCountyIsNotInTheCity(string city, string written)
    {
        Assert.Null(PlaceNames.FindCounty(JiangxiDivisions.CityNamed(city)!, written));
    }
}
