using System.Globalization;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Notices.Templates;

/// <summary>Dates, numbers and amounts the way a Chinese official document writes them.</summary>
public static class ChineseFormat
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    /// <summary><c>2025年12月31日</c>, the same as in findings' messages.</summary>
    public static string Date(DateOnly date) => ChineseDate.Format(date);

    /// <summary><c>2026年11月</c>.</summary>
    public static string Month(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月");

    /// <summary><c>November 2026</c>.</summary>
    public static string MonthEn(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary><c>31 December 2025</c>.</summary>
    public static string DateEn(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>Chinese numerals for section and item numbers: 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五.</summary>
    public static string Numeral(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(n, 999);
        var hundreds = n / 100;
        var tens = n / 10 % 10;
        var ones = n % 10;
        var s = hundreds > 0 ? Digits[hundreds] + "百" : "";
        if (tens > 0)
        {
            s += (tens == 1 && hundreds == 0 ? "" : Digits[tens]) + "十";
        }
        else if (hundreds > 0 && ones > 0)
        {
            s += "零";
        }

        return ones > 0 ? s + Digits[ones] : s;
    }

    /// <summary>A quantity with thousands separators and at most two decimals, trailing zeros dropped: <c>112,910</c>, <c>0.48</c>.</summary>
    public static string Amount(double value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);

    /// <summary>Money as written in a notice: <c>人民币12,345.60元</c> (always two decimals).</summary>
    public static string Yuan(decimal value) => "人民币" + value.ToString("#,##0.00", CultureInfo.InvariantCulture) + "元";
}
