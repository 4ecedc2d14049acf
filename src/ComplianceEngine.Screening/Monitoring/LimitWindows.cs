using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Screening.Monitoring;

/// <summary>
/// Which limits apply to each facility and pollutant, and when. The standard's limits of the facility's installation
/// age always apply (an unknown age: only what every age's table agrees on); a facility
/// whose ultra-low retrofit is completed is also held to the ultra-low limits from its completion date (from the
/// limit's own start when the date is unknown). The query takes the lowest limit in force on each local day, so a
/// completed facility is judged by its ultra-low limit where one exists and by the standard elsewhere.
/// </summary>
public static class LimitWindows
{
    public static IReadOnlyList<LimitWindow> For(string city, IEnumerable<Facility> facilities, LimitCatalog catalog)
    {
        var windows = new List<LimitWindow>();
        foreach (var f in facilities)
        {
            if (f.Id is not { } id)
            {
                continue;
            }

            foreach (var pollutant in Pollutants.All)
            {
                AddStandard(windows, id, pollutant, [.. catalog.Applicable("standard", f.Type, f.Fuel, pollutant, city)], f.CommissionedOn);

                if (!f.UltraLowDone)
                {
                    continue;
                }

                foreach (var limit in catalog.Applicable("ultra-low", f.Type, f.Fuel, pollutant, city))
                {
                    var from = f.UltraLowCompletedOn is { } completed && completed > limit.From ? completed : limit.From;
                    Add(windows, id, pollutant, limit, from, limit.To);
                }
            }
        }

        return windows;
    }

    // A known commissioning date picks its table (GB 13271-2014 表1 在用 / 表2 新建); an unknown one is judged, day by
    // day, only against the limit every table it could fall under agrees is exceeded (InstallationAge.WhateverAge).
    private static void AddStandard(List<LimitWindow> windows, string facilityId, string pollutant, EmissionLimit[] limits, DateOnly? commissionedOn)
    {
        if (commissionedOn is not null || limits.All(l => l.CommissionedFrom is null && l.CommissionedBefore is null))
        {
            foreach (var limit in limits.Where(l => l.CoversInstallation(commissionedOn)))
            {
                Add(windows, facilityId, pollutant, limit, limit.From, limit.To);
            }

            return;
        }

        var starts = limits.SelectMany(l => l.To is { } to ? new[] { l.From, to.AddDays(1) } : [l.From]).Distinct().Order().ToArray();
        for (var i = 0; i < starts.Length; i++)
        {
            var day = starts[i];
            DateOnly? end = i + 1 < starts.Length ? starts[i + 1].AddDays(-1) : null;
            var inForce = limits.Where(l => l.From <= day && (l.To is null || day <= l.To)).ToArray();
            if (InstallationAge.WhateverAge(inForce, day) is { } limit)
            {
                Add(windows, facilityId, pollutant, limit, day, end);
            }
        }
    }

    private static void Add(List<LimitWindow> windows, string facilityId, string pollutant, EmissionLimit limit, DateOnly from, DateOnly? to)
    {
        if (to is null || from <= to)
        {
            windows.Add(new LimitWindow(facilityId, pollutant, limit, from, to));
        }
    }
}
