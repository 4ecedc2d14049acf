using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Data.Exceedances;

/// <summary>
/// Turns exceedances into findings of the <c>limits</c> family: one per facility, pollutant and China local month
/// with exceeding hours, carrying the readings that caused it. Severity Limit makes the enterprise non-compliant.
/// </summary>
public static class LimitFindings
{
    public const string RuleId = "LIM-HOURLY-01";
    public const string Family = "limits";

    public static IReadOnlyList<Finding> From(ExceedanceReport report, IReadOnlyList<LimitWindow> windows, DateOnly asOf)
    {
        var findings = new List<Finding>();
        foreach (var month in report.Months)
        {
            var monthEnd = month.Start.AddMonths(1);
            var hours = report.Hours
                .Where(h => h.FacilityId == month.FacilityId && h.Pollutant == month.Pollutant
                    && DateOnly.FromDateTime(h.Hour.DateTime) >= month.Start && DateOnly.FromDateTime(h.Hour.DateTime) < monthEnd)
                .ToList();
            var days = report.Days.Count(d => d.FacilityId == month.FacilityId && d.Pollutant == month.Pollutant
                && d.Start >= month.Start && d.Start < monthEnd);
            var window = Governing(windows, month, hours);
            findings.Add(Build(month, hours, days, window, asOf));
        }

        return findings;
    }

    private static Finding Build(ExceedancePeriod month, List<ExceedanceHour> hours, int days, LimitWindow? window, DateOnly asOf)
    {
        var period = month.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var limit = month.LimitMgM3.ToString(CultureInfo.InvariantCulture);
        var max = month.MaxConcentrationMgM3.ToString(CultureInfo.InvariantCulture);
        var regime = window?.Limit.Regime ?? "standard";
        var regimeZh = regime == "ultra-low" ? "超低排放限值" : "排放标准限值";
        return new Finding
        {
            RuleId = RuleId,
            Family = Family,
            Severity = Severity.Limit,
            FacilityId = month.FacilityId,
            Overdue = true,
            Message = new LocalizedText(
                $"设施 {month.FacilityId} 的 {month.Pollutant} 小时浓度在 {period} 有 {month.Hours} 小时({days} 天)超过{regimeZh} {limit} mg/m³,最高 {max} mg/m³。",
                $"Facility {month.FacilityId}: hourly {month.Pollutant} above the {regime} limit of {limit} mg/m³ in {month.Hours} hours on {days} days of {period}, up to {max} mg/m³."),
            Citation = CitationOf(window?.Limit.Reference, month.Pollutant, limit),
            Conditions =
            [
                new ConditionTrace("hourly concentration above the applicable limit", "reading.ConcentrationMgM3 > limit", true),
            ],
            Facts = new Dictionary<string, object?>
            {
                ["pollutant"] = month.Pollutant,
                ["month"] = period,
                ["regime"] = regime,
                ["limitMgM3"] = month.LimitMgM3,
                ["exceedingHours"] = month.Hours,
                ["exceedingDays"] = days,
                ["maxConcentrationMgM3"] = month.MaxConcentrationMgM3,
                ["asOf"] = asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["readings"] = hours.Select(h => new Dictionary<string, object?>
                {
                    ["hour"] = h.Hour.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
                    ["concentrationMgM3"] = h.ConcentrationMgM3,
                    ["limitMgM3"] = h.LimitMgM3,
                }).ToList(),
            },
        };
    }

    // The window whose limit the month's strictest exceedance was judged by: its reference is the citation.
    private static LimitWindow? Governing(IReadOnlyList<LimitWindow> windows, ExceedancePeriod month, List<ExceedanceHour> hours)
    {
        var day = hours.Count > 0 ? DateOnly.FromDateTime(hours[0].Hour.DateTime) : month.Start;
        return windows
            .Where(w => w.FacilityId == month.FacilityId && w.Pollutant == month.Pollutant
                && w.From <= day && (w.To is null || day <= w.To) && w.Limit.ValueMgM3 == month.LimitMgM3)
            .FirstOrDefault();
    }

    private static Citation CitationOf(ParameterReference? reference, string pollutant, string limit)
    {
        var basis = reference is { Title: { } title, Number: { } number }
            ? new[] { new LegalReference { Title = title, Number = number, Clause = reference.Clause, Quote = reference.Quote } }
            : [];
        return new Citation
        {
            Document = reference?.Title ?? reference?.Source ?? "rules/parameters limits",
            DocumentNumber = reference?.Number,
            Clause = reference?.Clause ?? $"{pollutant} 排放限值",
            Quote = reference?.Quote ?? $"{pollutant} {limit} mg/m³",
            Basis = basis,
        };
    }
}
