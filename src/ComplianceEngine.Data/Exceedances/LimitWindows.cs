using ComplianceEngine.Core.Records;
using ComplianceEngine.Data.Limits;

namespace ComplianceEngine.Data.Exceedances;

/// <summary>
/// Which limit applies to each facility and pollutant, and when. A facility whose ultra-low retrofit is completed
/// is held to the ultra-low limits from its completion date (from always, when the date is unknown) and to the
/// standard's limits before; any other facility to the standard's limits.
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
                var completedOn = f.UltraLowDone ? f.UltraLowCompletedOn ?? DateOnly.MinValue : (DateOnly?)null;
                foreach (var limit in catalog.Applicable("standard", f.Type, f.Fuel, pollutant, city))
                {
                    var to = completedOn is { } done ? Min(limit.To, done.AddDays(-1)) : limit.To;
                    Add(windows, id, pollutant, limit, limit.From, to);
                }

                if (completedOn is { } completed)
                {
                    foreach (var limit in catalog.Applicable("ultra-low", f.Type, f.Fuel, pollutant, city))
                    {
                        Add(windows, id, pollutant, limit, limit.From > completed ? limit.From : completed, limit.To);
                    }
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

    private static DateOnly Min(DateOnly? a, DateOnly b) => a is { } x && x < b ? x : b;
}
