using System.Globalization;

using System.Text.RegularExpressions;

namespace ComplianceEngine.Notices.Templates;

/// <summary>
/// Chinese article, chapter and document-number forms written the way an English legal text cites them:
/// <c>第十一条第（一）项</c> → <c>Article 11, item (1)</c>, <c>第五章 第二节</c> → <c>Chapter 5, Section 2</c>,
/// <c>表2 …</c> → <c>Table 2</c>, <c>中华人民共和国国务院令第736号</c> → <c>State Council Order No. 736</c>. Text in no known
/// form is returned unchanged rather than guessed at.
/// </summary>
public static partial class EnglishReferences
{
    public static string Clause(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var table = Table().Match(clause);
        if (table.Success)
        {
            return "Table " + table.Groups[1].Value;
        }

        var parts = new List<string>();
        foreach (Match m in Part().Matches(clause))
        {
            var n = Number(m.Groups["n"].Value);
            parts.Add(m.Groups["unit"].Value switch
            {
                "章" => $"Chapter {n}",
                "节" => $"Section {n}",
                "条" => $"Article {n}",
                "款" => $"paragraph {n}",
                _ => $"item ({n})",
            });
        }

        // Only when the whole text was read: a clause with words besides the numbers stays as written.
        return parts.Count > 0 && Part().Replace(clause, "").Trim().Length == 0 ? string.Join(", ", parts) : clause;
    }

    public static string DocumentNumber(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var order = Order().Match(number);
        if (!order.Success)
        {
            return number;
        }

        var issuer = order.Groups["issuer"].Value switch
        {
            "中华人民共和国主席" => "Order of the President",
            "中华人民共和国国务院" => "State Council Order",
            _ => "National Development and Reform Commission Order",
        };
        var n = Number(order.Groups["n"].Value);
        return order.Groups["year"].Success ? $"{issuer} No. {n} of {order.Groups["year"].Value}" : $"{issuer} No. {n}";
    }

    /// <summary>
    /// ISO dates and months in a message (<c>2025-12-31</c>, <c>2026-02</c>) written as the rest of an English instrument
    /// writes them (<c>31 December 2025</c>, <c>February 2026</c>).
    /// </summary>
    public static string Dates(string text)
    {
        var days = IsoDate().Replace(text, m => DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? ChineseFormat.DateEn(d) : m.Value);
        return IsoMonth().Replace(days, m => DateOnly.TryParseExact(m.Value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? ChineseFormat.MonthEn(d) : m.Value);
    }

    /// <summary>Arabic or Chinese numerals up to 九百九十九: <c>736</c>, <c>三十一</c>, <c>十一</c>, <c>一百零五</c>.</summary>
    public static int Number(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var arabic))
        {
            return arabic;
        }

        var total = 0;
        var digit = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '百':
                    total += Math.Max(digit, 1) * 100;
                    digit = 0;
                    break;
                case '十':
                    total += Math.Max(digit, 1) * 10;
                    digit = 0;
                    break;
                default:
                    var d = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
                    digit = d >= 0 ? d : throw new FormatException($"'{text}' is not a number");
                    break;
            }
        }

        return total + digit;
    }

    [GeneratedRegex(@"^表\s*(\d+)")]
    private static partial Regex Table();

    [GeneratedRegex(@"第?[（(]?(?<n>[0-9零一二三四五六七八九十百]+)[）)]?(?<unit>章|节|条|款|项)?\s*")]
    private static partial Regex Part();

    [GeneratedRegex(@"^(?<issuer>中华人民共和国主席|中华人民共和国国务院|国家发展和改革委员会)令(?:(?<year>\d{4})年)?第(?<n>[0-9零一二三四五六七八九十百]+)号$")]
    private static partial Regex Order();

    [GeneratedRegex(@"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d-])\d{4}-\d{2}(?![\d-])")]
    private static partial Regex IsoMonth();
}
