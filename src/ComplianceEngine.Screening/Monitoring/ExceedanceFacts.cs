using ComplianceEngine.Core.Monitoring;

namespace ComplianceEngine.Screening.Monitoring;

/// <summary>
/// Turns the store's exceedance report into the facts the catalog's exceedance scope judges: one
/// <see cref="ExceedanceMonth"/> per facility, pollutant and China local month with exceeding hours, carrying its
/// hours, days, peak, the limit and regime that governed it, and the readings.
/// </summary>
public static class ExceedanceFacts
{
    public static IReadOnlyList<ExceedanceMonth> From(ExceedanceReport report, IReadOnlyList<LimitWindow> windows)
    {
        var months = new List<ExceedanceMonth>(report.Months.Count);
        foreach (var month in report.Months)
        {
            var monthEnd = month.Start.AddMonths(1);
            var hours = report.Hours
                .Where(h => h.FacilityId == month.FacilityId && h.Pollutant == month.Pollutant
                    && LocalDay(h) >= month.Start && LocalDay(h) < monthEnd)
                .ToList();
            var days = report.Days.Count(d => d.FacilityId == month.FacilityId && d.Pollutant == month.Pollutant
                && d.Start >= month.Start && d.Start < monthEnd);
            var window = Governing(windows, month, hours);
            months.Add(new ExceedanceMonth
            {
                FacilityId = month.FacilityId,
                Pollutant = month.Pollutant,
                Month = month.Start,
                ExceedingHours = month.Hours,
                ExceedingDays = days,
                MaxConcentrationMgM3 = month.MaxConcentrationMgM3,
                LimitMgM3 = month.LimitMgM3,
                Regime = window?.Limit.Regime ?? "standard",
                Standard = window?.Limit.Reference is { Title: { } title } reference ? $"{title} {reference.Number}".TrimEnd() : window?.Limit.Reference?.ToString(),
                StandardSource = window?.Limit.Reference.NumberAndTable,
                Readings = [.. hours.Select(h => new ExceedanceReading(h.Hour, h.ConcentrationMgM3, h.LimitMgM3))],
            });
        }

        return months;
    }

    // Hours come in China time: the local calendar day is the date part.
    private static DateOnly LocalDay(ExceedanceHour hour) => DateOnly.FromDateTime(hour.Hour.DateTime);

    // The window whose limit the month's first exceedance was judged by: its regime and standard are the month's.
    private static LimitWindow? Governing(IReadOnlyList<LimitWindow> windows, ExceedancePeriod month, List<ExceedanceHour> hours)
    {
        var day = hours.Count > 0 ? LocalDay(hours[0]) : month.Start;
        return windows.FirstOrDefault(w => w.FacilityId == month.FacilityId && w.Pollutant == month.Pollutant
            && w.From <= day && (w.To is null || day <= w.To) && w.Limit.ValueMgM3 == month.LimitMgM3);
    }
}
