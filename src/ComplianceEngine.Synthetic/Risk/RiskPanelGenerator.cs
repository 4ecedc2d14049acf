namespace ComplianceEngine.Synthetic.Risk;

/// <summary>
/// Synthetic enterprise-years for the risk model: each enterprise drawn once by <see cref="EnterpriseGenerator"/> as
/// of 1 January of the first year, then carried forward year by year (retrofits finish, permits lapse and are
/// renewed, polluters come and go, penalties found by inspections enter the history). For each year: the snapshot
/// as of 1 January, the true violation probability from <see cref="RiskCoefficients"/>, and at most one inspection
/// whose outcome is drawn from that probability. Deterministic for a seed; the draws of
/// <see cref="EnterpriseGenerator"/> for the same seed are unchanged.
/// </summary>
public sealed class RiskPanelGenerator
{
    private readonly EnterpriseGenerator _base;
    private readonly Draw _draw;
    private readonly int _firstYear;
    private readonly int _years;

    public RiskPanelGenerator(int seed, int firstYear, int years)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        _base = new EnterpriseGenerator(seed, new DateOnly(firstYear, 1, 1));
        _draw = new Draw(unchecked((seed * 31) + 2));
        _firstYear = firstYear;
        _years = years;
    }

    /// <summary>The years of enterprise number <paramref name="number"/>, first year first.</summary>
    public IReadOnlyList<EnterpriseYear> Next(int number)
    {
        var state = new PanelState(_base.Next(number), _draw, _firstYear);
        var result = new EnterpriseYear[_years];
        for (var i = 0; i < _years; i++)
        {
            var date = new DateOnly(_firstYear + i, 1, 1);
            if (i > 0)
            {
                state.Advance(date);
            }

            var snapshot = state.Snapshot(date);
            var history = snapshot.History!;
            var noPermit = snapshot.Permit is null || snapshot.Permit.ValidTo < date;
            var logit = RiskCoefficients.Intercept
                + (RiskCoefficients.OpenItems * state.OpenItems())
                + (state.Polluter ? RiskCoefficients.Polluter : 0.0)
                + (noPermit ? RiskCoefficients.NoPermit : 0.0)
                + (RiskCoefficients.PastViolations * Math.Min(history.Violations3y ?? 0, 4))
                + RiskCoefficients.SectorRisk(snapshot.IndustryCode)
                + (RiskCoefficients.Complaints * (history.Complaints12m ?? 0))
                + (RiskCoefficients.NoiseSd * _draw.Normal());
            var p = RiskCoefficients.Sigmoid(logit);

            SyntheticInspection? inspection = null;
            var chance = RiskCoefficients.InspectionChance(history.Violations3y ?? 0, noPermit, history.Complaints12m ?? 0,
                snapshot.Permit?.ManagementClass == "key");
            if (_draw.Chance(chance))
            {
                var found = _draw.Chance(p);
                inspection = new SyntheticInspection(snapshot.Id, date.AddDays(_draw.Between(0, 364)), found, p);
                state.Inspected(date.Year, found);
            }

            result[i] = new EnterpriseYear(snapshot, date, p, inspection);
        }

        return result;
    }
}
