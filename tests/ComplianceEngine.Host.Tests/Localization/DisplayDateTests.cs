using System.Globalization;
using ComplianceEngine.Host.Localization;

namespace ComplianceEngine.Host.Tests.Localization;

public sealed class DisplayDateTests
{
    [Theory]
    [InlineData("zh-CN", "2026年11月30日")]
    [InlineData("zh", "2026年11月30日")]
    [InlineData("en", "30 Nov 2026")]
    public void Format_WritesTheDateOfTheCulture_WhenGivenADate(string culture, string expected) =>
        Assert.Equal(expected, DisplayDate.Format(new DateOnly(2026, 11, 30), new CultureInfo(culture)));

    [Fact]
    public void Format_DoesNotPadDayOrMonth_WhenWritingChinese() =>
        Assert.Equal("2026年1月5日", DisplayDate.Format(new DateOnly(2026, 1, 5), new CultureInfo("zh-CN")));

    [Fact]
    public void Format_TakesTheDateInChina_WhenGivenAnInstantLateInTheUtcDay()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            Assert.Equal("2026年12月1日", DisplayDate.Format(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero)));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
