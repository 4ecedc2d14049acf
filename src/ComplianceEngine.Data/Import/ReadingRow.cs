namespace ComplianceEngine.Data.Import;

/// <summary>
/// One hourly reading; <see cref="Hour"/> keeps the instant (PostgreSQL stores it as UTC). <see cref="Correction"/>
/// (contract revision 2): the value replaces one sent earlier for the same series and hour.
/// </summary>
public readonly record struct ReadingRow(string EnterpriseId, string FacilityId, string Pollutant, DateTimeOffset Hour, double ConcentrationMgM3, bool Correction = false);
