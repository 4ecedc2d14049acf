using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Rules.Evaluation;

/// <summary>Writes a fact into a message: the Chinese way (dates, yes/no, codes in Chinese) in Chinese, the English way in English.</summary>
internal static class MessageFormatter
{
    public static string Value(object? value, bool chinese) => value switch
    {
        null => chinese ? "未填报" : "not reported",
        string code when chinese => ContractLabels.InChinese(code),
        DateOnly d => chinese ? ChineseDate.Format(d) : d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => chinese ? (b ? "是" : "否") : (b ? "yes" : "no"),
        double x => x.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list and not string => string.Join(chinese ? "、" : ", ", list.Cast<object?>().Select(v => Value(v, chinese))),
        _ => value.ToString() ?? "",
    };
}
