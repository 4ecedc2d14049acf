namespace ComplianceEngine.Screening.Monitoring;

/// <summary>Exceedances of one facility's pollutant in a China local day or month (<see cref="Start"/>: the day, or the month's first day).</summary>
public sealed record ExceedancePeriod(string FacilityId, string Pollutant, DateOnly Start, int Hours, double MaxConcentrationMgM3, double LimitMgM3);
