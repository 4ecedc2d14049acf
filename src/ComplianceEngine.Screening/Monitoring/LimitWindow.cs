using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Screening.Monitoring;

/// <summary>A limit that applies to one facility's pollutant between two China local dates (inclusive; <see cref="To"/> null: open).</summary>
public sealed record LimitWindow(string FacilityId, string Pollutant, EmissionLimit Limit, DateOnly From, DateOnly? To);
