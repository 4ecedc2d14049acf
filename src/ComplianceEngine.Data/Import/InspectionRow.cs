namespace ComplianceEngine.Data.Import;

/// <summary>
/// One inspection outcome. <see cref="FacilityId"/>, <see cref="Pollutant"/> and <see cref="Notes"/> (contract
/// revision 2) say what the inspection looked at; null when not given. <see cref="Inspector"/>: the signed-in person
/// who recorded it in the web workspace (migration 0040); null for imported files, which name no one.
/// </summary>
public sealed record InspectionRow(
    string EnterpriseId, DateOnly Date, bool ViolationFound, string? FacilityId = null, string? Pollutant = null, string? Notes = null,
    string? Inspector = null);
