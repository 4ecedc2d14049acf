using System.Text.Json.Nodes;
using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Synthetic.Risk;

/// <summary>One enterprise's changing state across the years of a panel.</summary>
internal sealed class PanelState
{
    private static readonly string[] Ratings = ["green", "blue", "yellow", "red", "black"];

    private readonly EnterpriseRecord _origin;
    private readonly Draw _draw;
    private readonly Dictionary<int, int> _violations = [];
    private readonly Dictionary<int, int> _inspections = [];
    private readonly int _baseRating;
    private readonly bool _monitorable;
    private Facility[] _facilities;
    private Permit? _permit;
    private bool _foundLastYear;

    public PanelState(EnterpriseRecord origin, Draw draw, int firstYear)
    {
        _origin = origin;
        _draw = draw;
        _facilities = [.. origin.Facilities];
        _permit = origin.Permit;
        _baseRating = draw.Chance(0.4) ? 0 : 1;
        _monitorable = _facilities.Any(f => f.OnlineMonitoring == true && MonitoredPollutants.Typical.ContainsKey(f.Type));
        Polluter = _monitorable && draw.Chance(0.12);

        // The drawn three-year history becomes penalties and inspections in the three years before the panel.
        for (var i = 0; i < (origin.History?.Violations3y ?? 0); i++)
        {
            Add(_violations, firstYear - draw.Between(1, 3));
        }

        for (var i = 0; i < (origin.History?.Inspections3y ?? 0); i++)
        {
            Add(_inspections, firstYear - draw.Between(1, 3));
        }
    }

    public bool Polluter { get; private set; }

    /// <summary>Unfinished ultra-low retrofits, bypasses in place, untreated tanks and lines.</summary>
    public int OpenItems() =>
        _facilities.Count(f => f.UltraLowStatus is "in-progress" or "not-started")
        + _facilities.Count(f => f.HasBypass == true)
        + _facilities.Count(f => f.VocTreated == false);

    public void Inspected(int year, bool found)
    {
        Add(_inspections, year);
        if (found)
        {
            Add(_violations, year);
        }

        _foundLastYear = found;
    }

    /// <summary>A year passes: retrofits progress, bypasses close, permits are renewed or lapse, polluters change.</summary>
    public void Advance(DateOnly date)
    {
        var lastYear = date.Year - 1;
        _facilities = [.. _facilities.Select(f => f with
        {
            UltraLowStatus = f.UltraLowStatus switch
            {
                "not-started" when _draw.Chance(0.3) => "in-progress",
                "in-progress" when _draw.Chance(0.35) => "completed",
                var s => s,
            },
        }).Select(f => f.UltraLowStatus == "completed" && f.UltraLowCompletedOn is null
            ? f with { UltraLowCompletedOn = new DateOnly(lastYear, 1, 1).AddDays(_draw.Between(0, 364)) }
            : f).Select(f => f with
        {
            HasBypass = f.HasBypass == true && _draw.Chance(0.3) ? false : f.HasBypass,
            VocTreated = f.VocTreated == false && _draw.Chance(0.3) ? true : f.VocTreated,
        })];

        if (_permit is null)
        {
            _permit = _draw.Chance(0.25) ? NewPermit(new DateOnly(lastYear, 1, 1).AddDays(_draw.Between(0, 364)), lastYear) : null;
        }
        else if (_permit.ValidTo < date.AddDays(90) && _draw.Chance(0.6))
        {
            var from = _permit.ValidTo >= new DateOnly(lastYear, 1, 1) ? _permit.ValidTo.AddDays(1) : new DateOnly(lastYear, 1, 1).AddDays(_draw.Between(0, 364));
            _permit = _permit with { ValidFrom = from, ValidTo = from.AddYears(5).AddDays(-1) };
        }

        if (_permit is not null)
        {
            _permit = _permit with { LastAnnualReportYear = lastYear - (_draw.Chance(0.94) ? 0 : 1) };
        }

        Polluter = _monitorable && (Polluter ? _draw.Chance(0.7) : _draw.Chance(0.05));
    }

    /// <summary>The record as of <paramref name="date"/>: history counts over the three years (complaints over the one year) before it, emissions for the twelve months before it.</summary>
    public EnterpriseRecord Snapshot(DateOnly date)
    {
        var violations = Sum(_violations, date.Year - 3, date.Year - 1);
        var complaints = _draw.Poisson(0.4 + (Polluter ? 1.2 : 0.0) + (_foundLastYear ? 0.6 : 0.0));
        return _origin with
        {
            Facilities = _facilities,
            Permit = _permit,
            Emissions = [.. _facilities.Where(f => f.OnlineMonitoring == true).SelectMany(f => Emissions(f, date))],
            History = new EnforcementHistory
            {
                Violations3y = violations,
                Inspections3y = Sum(_inspections, date.Year - 3, date.Year - 1),
                Complaints12m = complaints,
                CreditRating = Ratings[Math.Min(4, _baseRating + violations)],
            },
            Extra = new JsonObject { ["snapshotDate"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
        };
    }

    private IEnumerable<Emission> Emissions(Facility facility, DateOnly date)
    {
        if (!MonitoredPollutants.Typical.TryGetValue(facility.Type, out var pollutants))
        {
            yield break;
        }

        var first = date.AddMonths(-12);
        foreach (var (pollutant, standard, ultraLow) in pollutants)
        {
            var typical = facility.UltraLowDone ? ultraLow : facility.Fuel == "gas" && pollutant != "NOx" ? standard / 5 : standard;
            for (var m = 0; m < 12; m++)
            {
                // A polluter's spikes (about half its months) sit far above any limit, so monitoring sees them.
                var factor = 0.6 + (_draw.Uniform() * 0.6) + (Polluter && _draw.Chance(0.5) ? 2.5 : 0);
                yield return new Emission
                {
                    FacilityId = facility.Id!, Pollutant = pollutant, Period = first.AddMonths(m),
                    ConcentrationMgM3 = Math.Round(typical * factor, 1),
                };
            }
        }
    }

    private Permit NewPermit(DateOnly from, int lastYear) => new()
    {
        Number = $"9136{_draw.Between(10000000, 99999999)}{_origin.Id[^4..]}001P",
        ManagementClass = _draw.Weighted<string>(["key", "simplified", "registration"], c => c == "key" ? 3 : c == "simplified" ? 5 : 2),
        ValidFrom = from,
        ValidTo = from.AddYears(5).AddDays(-1),
        LastAnnualReportYear = lastYear,
    };

    private static void Add(Dictionary<int, int> counts, int year) => counts[year] = counts.GetValueOrDefault(year) + 1;

    private static int Sum(Dictionary<int, int> counts, int from, int to)
    {
        var total = 0;
        for (var y = from; y <= to; y++)
        {
            total += counts.GetValueOrDefault(y);
        }

        return total;
    }
}
