namespace ComplianceEngine.Data.Import;

/// <summary>One hourly reading; <see cref="Hour"/> keeps the instant (PostgreSQL stores it as UTC).</summary>
public readonly record struct ReadingRow(string EnterpriseId, string FacilityId, string Pollutant, DateTimeOffset Hour, double ConcentrationMgM3);
