using ComplianceEngine.Core.Records;

namespace ComplianceEngine.Rules.Compilation;

/// <summary>
/// A record as large as one the product accepts, made from a rule's own example: its facilities and monthly emissions
/// repeated (from every example record of that kind, so each facility type and pollutant occurs) up to
/// <see cref="Facilities"/> and <see cref="Emissions"/>. Rules are measured on it at load.
/// </summary>
internal static class WorstCaseRecord
{
    /// <summary>Facilities on the worst-case record.</summary>
    public const int Facilities = 200;

    /// <summary>Monthly emissions on the worst-case enterprise: a year of readings for every facility.</summary>
    public const int Emissions = Facilities * 12;

    /// <param name="record">The rule's firing example, so its guards hold where they can.</param>
    /// <param name="others">Every example record of the same kind, for the variety of facilities and emissions.</param>
    public static ComplianceRecord From(ComplianceRecord record, IReadOnlyList<ComplianceRecord> others)
    {
        Facility[] facilityPool = [.. record.Facilities, .. others.SelectMany(o => o.Facilities)];
        var facilities = facilityPool.Length == 0
            ? []
            : Enumerable.Range(0, Facilities).Select(i => facilityPool[i % facilityPool.Length] with { Id = $"W{i:D3}" }).ToArray();
        if (record is not EnterpriseRecord enterprise)
        {
            return record with { Facilities = facilities };
        }

        Emission[] emissionPool = [.. enterprise.Emissions, .. others.OfType<EnterpriseRecord>().SelectMany(o => o.Emissions)];
        var emissions = emissionPool.Length == 0 || facilities.Length == 0
            ? []
            : Enumerable.Range(0, Emissions).Select(i => emissionPool[i % emissionPool.Length] with { FacilityId = facilities[i % facilities.Length].Id! }).ToArray();
        return enterprise with { Facilities = facilities, Emissions = emissions };
    }
}
