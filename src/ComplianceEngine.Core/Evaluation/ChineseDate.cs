using System.Globalization;

namespace ComplianceEngine.Core.Evaluation;

/// <summary>One way to write a date in Chinese, for findings and notices alike: <c>2025年12月31日</c>, no zero padding, as 公文 dates are written.</summary>
public static class ChineseDate
{
    public static string Format(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}
