using System.Globalization;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Rules.Evaluation;

/// <summary>Fills a rule's <c>{placeholders}</c> with the finding's facts, the Chinese way in Chinese and the English way in English.</summary>
internal static partial class MessageFormatter
{
    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();

    public static LocalizedText Format(LocalizedText template, IReadOnlyDictionary<string, object?> values) =>
        new(Fill(template.Zh, values, chinese: true), Fill(template.En, values, chinese: false));

    public static string Value(object? value, bool chinese) => value switch
    {
        null => chinese ? "未填报" : "not reported",
        string code when chinese => ContractLabels.InChinese(code),
        DateOnly d => chinese ? $"{d.Year}年{d.Month}月{d.Day}日" : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => chinese ? (b ? "是" : "否") : (b ? "yes" : "no"),
        double x => x.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list and not string => string.Join(chinese ? "、" : ", ", list.Cast<object?>().Select(v => Value(v, chinese))),
        _ => value.ToString() ?? "",
    };

    private static string Fill(string template, IReadOnlyDictionary<string, object?> values, bool chinese) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var v) ? Value(v, chinese) : m.Value);
}
