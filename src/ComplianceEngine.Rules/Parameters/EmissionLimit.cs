namespace ComplianceEngine.Rules.Parameters;

/// <summary>A monitored emission limit (mg/m³) for a regime (<c>ultra-low</c> or <c>standard</c>), facility types, optional fuel and a pollutant.</summary>
public sealed record EmissionLimit
{
    public required string Regime { get; init; }
    public required IReadOnlyList<string> FacilityTypes { get; init; }
    public string? Fuel { get; init; }
    public required string Pollutant { get; init; }
    public required double ValueMgM3 { get; init; }
    public required DateOnly From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyList<string> Cities { get; init; } = [];
    public required ParameterReference Reference { get; init; }

    /// <summary>
    /// The installations the table covers by 投入运行 date (existing vs new installation tables, e.g. GB 13271-2014
    /// 表1/表2); both null: every installation.
    /// </summary>
    public DateOnly? CommissionedFrom { get; init; }
    public DateOnly? CommissionedBefore { get; init; }

    /// <summary>
    /// Whether the table covers an installation commissioned on that date. An unknown date is covered by every table,
    /// so the strictest applies and the rule asks for <c>facilities[].commissionedOn</c> (ADR 0008).
    /// </summary>
    public bool CoversInstallation(DateOnly? commissionedOn) =>
        commissionedOn is not { } d || ((CommissionedFrom is not { } from || d >= from) && (CommissionedBefore is not { } before || d < before));

    /// <summary>Whether the limit is for this facility type, fuel, pollutant and city, whatever the date.</summary>
    public bool Covers(string facilityType, string? fuel, string pollutant, string city) =>
        FacilityTypes.Contains(facilityType) && (Fuel is null || Fuel == fuel) && Pollutant == pollutant
        && (Cities.Count == 0 || Cities.Contains(city));

    public bool AppliesTo(string city, DateOnly asOf) =>
        Validity.AppliesTo(From, To, Cities, city, asOf);
}
