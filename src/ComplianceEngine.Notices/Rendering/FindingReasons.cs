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
/// false for a plan's target such as 超低排放). A value the finding does not carry is null, never guessed. The
/// templates read them as a script object (<see cref="Of"/>), the web pages as <see cref="FindingEvidence"/>.
/// </summary>
public static class FindingReasons
{
    internal static ScriptObject Of(Finding f)
    {
        var e = Evidence(f);
        return new()
        {
            ["pollutant"] = e.Pollutant,
            ["pollutant_zh"] = e.PollutantZh,
            ["month"] = e.Month,
            ["limit"] = e.LimitMgM3,
            ["limit_legal"] = e.LimitLegal,
        };
    }

    /// <summary>What <paramref name="f"/> names as its grounds: pollutant, month, limit (mg/m³) and whether the limit is a legal one.</summary>
    public static FindingEvidence Evidence(Finding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var pollutant = Text(f, "pollutant");
        return new FindingEvidence(pollutant, pollutant is null ? null : ContractLabels.InChinese(pollutant), Month(Text(f, "period") ?? Text(f, "month")),
            Number(f, "limit") ?? Number(f, "limitMgM3"), f.Citation.BasisKind is BasisKind.Law or BasisKind.Regulation or BasisKind.Standard);
    }

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

/// <summary>
/// A finding's grounds as an inspection list names them: pollutant (contract code and Chinese name), month (its first
/// day), limit in mg/m³, and whether that limit rests on a law, regulation or standard (false: a plan's target).
/// </summary>
public sealed record FindingEvidence(string? Pollutant, string? PollutantZh, DateOnly? Month, double? LimitMgM3, bool LimitLegal);
