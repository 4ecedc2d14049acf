using System.Globalization;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Host.Localization;

/// <summary>
/// The one way pages write a date: <c>2026年11月30日</c> in Chinese (the product's <see cref="ChineseDate"/>, as in
/// findings and notices) and <c>30 Nov 2026</c> in English, by the request's UI culture.
/// </summary>
public static class DisplayDate
{
    public static string Format(DateOnly date, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "zh"
            ? ChineseDate.Format(date)
            : date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>In the current request's UI culture (set by the culture cookie).</summary>
    public static string Format(DateOnly date) => Format(date, CultureInfo.CurrentUICulture);

    /// <summary>The calendar date of an instant in China Standard Time (UTC+8, no daylight saving), in the current UI culture.</summary>
    public static string Format(DateTimeOffset instant) => Format(DateOnly.FromDateTime(instant.ToOffset(ChinaOffset).DateTime));

    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
}
