using ComplianceEngine.Notices.Templates;

namespace ComplianceEngine.Notices.Tests.Templates;

public class ChineseFormatTests
{
    [Theory]
    [InlineData(2025, 12, 31, "2025年12月31日")]
    [InlineData(2026, 1, 5, "2026年1月5日")]
    public void Date_WritesYearMonthDayWithoutPadding_WhenGivenADate(int y, int m, int d, string expected) =>
        Assert.Equal(expected, ChineseFormat.Date(new DateOnly(y, m, d)));

    [Fact]
    public void DateEn_WritesDayMonthNameYear_WhenGivenADate() =>
        Assert.Equal("31 December 2025", ChineseFormat.DateEn(new DateOnly(2025, 12, 31)));

    [Theory]
    [InlineData(1, "一")]
    [InlineData(10, "十")]
    [InlineData(12, "十二")]
    [InlineData(20, "二十")]
    [InlineData(105, "一百零五")]
    [InlineData(110, "一百一十")]
    public void Numeral_WritesChineseNumerals_WhenGivenAnItemNumber(int n, string expected) =>
        Assert.Equal(expected, ChineseFormat.Numeral(n));

    [Theory]
    [InlineData(112910, "112,910")]
    [InlineData(0.48, "0.48")]
    [InlineData(1234.5, "1,234.5")]
    public void Amount_GroupsThousandsAndDropsTrailingZeros_WhenGivenAQuantity(double value, string expected) =>
        Assert.Equal(expected, ChineseFormat.Amount(value));

    [Fact]
    public void Yuan_WritesRenminbiWithTwoDecimals_WhenGivenMoney() =>
        Assert.Equal("人民币12,345.60元", ChineseFormat.Yuan(12345.6m));
}
