using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Notices.Instruments;

/// <summary>
/// The industries a sector document or standard covers (<c>basisScope</c> in <c>rules/notices/instruments.json</c>):
/// facility types (<c>facilities[].type</c>) and sectors (derived from the industry code).
/// </summary>
public sealed record BasisScope(IReadOnlySet<string> FacilityTypes, IReadOnlySet<string> Sectors)
{
    /// <summary>A finding about <paramref name="facility"/> is covered by its type; one about the whole record by the record's sectors.</summary>
    public bool Covers(ComplianceRecord? record, Facility? facility) =>
        facility is not null ? FacilityTypes.Contains(facility.Type) : record is not null && record.Sectors.Overlaps(Sectors);
}
