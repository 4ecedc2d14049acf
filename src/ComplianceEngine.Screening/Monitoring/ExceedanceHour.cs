namespace ComplianceEngine.Screening.Monitoring;

/// <summary>A reading above its applicable limit; <see cref="Hour"/> is given in China time (+08:00).</summary>
public sealed record ExceedanceHour(string FacilityId, string Pollutant, DateTimeOffset Hour, double ConcentrationMgM3, double LimitMgM3);
