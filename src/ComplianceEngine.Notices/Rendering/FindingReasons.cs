using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using Scriban.Runtime;

namespace ComplianceEngine.Notices.Rendering;

/// <summary>
/// What an inspection list names for each finding of an item, read from the finding's facts as the catalog reports
/// them: <c>pollutant</c> (contract code) and <c>pollutant_zh</c>, <c>month</c> (first day of the month, from the
/// <c>period</c> or <c>month</c> fact, <c>yyyy-MM</c>), <c>limit</c> in mg/m³ (the <c>limit</c> or <c>limitMgM3</c>
/// fact) and <c>limit_legal</c> (true when the finding rests on a law, regulation or standard: an emission limit;
/// false for a plan's target such as 超低排放). A value the finding does not carry is null, never guessed.
/// </summary>
internal static class FindingReasons
{
    public static ScriptObject Of(Finding f) => new()
    {
        ["pollutant"] = Text(f, "pollutant"),
        ["pollutant_zh"] = Text(f, "pollutant") is { } p ? ContractLabels.InChinese(p) : null,
        ["month"] = Month(Text(f, "period") ?? Text(f, "month")),
        ["limit"] = Number(f, "limit") ?? Number(f, "limitMgM3"),
        ["limit_legal"] = f.Citation.BasisKind is BasisKind.Law or BasisKind.Regulation or BasisKind.Standard,
    };

    private static string? Text(Finding f, string name) => f.Facts.TryGetValue(name, out var v) && v is string s && s.Length > 0 ? s : null;

    private static double? Number(Finding f, string name) => f.Facts.TryGetValue(name, out var v) ? v switch
    {
        double d => d,
        float x => x,
        decimal m => (double)m,
        int i => i,
        long l => l,
        _ => null,
    } : null;

    private static DateOnly? Month(string? text) =>
        DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
