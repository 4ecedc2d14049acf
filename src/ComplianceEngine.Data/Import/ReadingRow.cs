namespace ComplianceEngine.Data.Import;

/// <summary>
/// One hourly reading; <see cref="Hour"/> keeps the instant (PostgreSQL stores it as UTC). <see cref="Correction"/>
/// (contract revision 2): the value replaces one sent earlier for the same series and hour. <see cref="Line"/> is the
/// CSV line it came from, for reporting a conflict.
/// </summary>
public readonly record struct ReadingRow(
    string EnterpriseId, string FacilityId, string Pollutant, DateTimeOffset Hour, double ConcentrationMgM3, bool Correction = false, long Line = 0);
