namespace ComplianceEngine.Notices.Planning;

/// <summary>
/// The on-site inspection (现场检查) a decision rests on, as recorded (/Inspections/Record or an imported file): its
/// date, the inspector who recorded it (null for an imported file, which names no one), whether it found a violation,
/// and what it looked at (facility id, pollutant code, notes; null when not given). A decision without one states a
/// desk review (非现场核查) of the filed and monitored data instead.
/// </summary>
public sealed record OnSiteCheck(DateOnly Date, string? Inspector, bool ViolationFound, string? FacilityId = null, string? Pollutant = null, string? Notes = null)
{
    /// <summary>The latest check on or before <paramref name="asOf"/> of those given, or null when none was made by then.</summary>
    public static OnSiteCheck? Latest(IEnumerable<OnSiteCheck> checks, DateOnly asOf) =>
        checks.Where(c => c.Date <= asOf).OrderByDescending(c => c.Date).FirstOrDefault();
}
