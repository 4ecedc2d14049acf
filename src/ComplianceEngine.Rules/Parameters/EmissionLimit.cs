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

    /// <summary>Whether the limit is for this facility type, fuel, pollutant and city, whatever the date.</summary>
    public bool Covers(string facilityType, string? fuel, string pollutant, string city) =>
        FacilityTypes.Contains(facilityType) && (Fuel is null || Fuel == fuel) && Pollutant == pollutant
        && (Cities.Count == 0 || Cities.Contains(city));

    public bool AppliesTo(string city, DateOnly asOf) =>
        Validity.AppliesTo(From, To, Cities, city, asOf);
}
