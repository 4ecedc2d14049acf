using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Screening.Monitoring;

/// <summary>
/// Which limits apply to each facility and pollutant, and when. The standard's limits always apply; a facility
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
                foreach (var limit in catalog.Applicable("standard", f.Type, f.Fuel, pollutant, city))
                {
                    Add(windows, id, pollutant, limit, limit.From, limit.To);
                }

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

    private static void Add(List<LimitWindow> windows, string facilityId, string pollutant, EmissionLimit limit, DateOnly from, DateOnly? to)
    {
        if (to is null || from <= to)
        {
            windows.Add(new LimitWindow(facilityId, pollutant, limit, from, to));
        }
    }
}
