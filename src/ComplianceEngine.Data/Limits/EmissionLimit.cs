namespace ComplianceEngine.Data.Limits;

/// <summary>
/// One entry of <c>limits</c> in <c>rules/parameters/*.json</c>: a concentration limit for a regime, in force between
/// two dates. Matches as the evaluator's <c>p.Limit</c> does: listed facility types only, fuel when given, city when listed.
/// </summary>
public sealed record EmissionLimit
{
    /// <summary><c>ultra-low</c> or <c>standard</c>.</summary>
    public required string Regime { get; init; }

    /// <summary>The facility types the limit is for; a limit listing none applies to none, as in the evaluator.</summary>
    public IReadOnlyList<string> FacilityTypes { get; init; } = [];

    /// <summary>Null: any fuel.</summary>
    public string? Fuel { get; init; }

    /// <summary>Null: every pollutant.</summary>
    public string? Pollutant { get; init; }
    public required double ValueMgM3 { get; init; }
    public required DateOnly From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>Empty: the whole province.</summary>
    public IReadOnlyList<string> Cities { get; init; } = [];
    public LimitReference Reference { get; init; } = new();

    public bool AppliesTo(string facilityType, string? fuel, string pollutant, string city) =>
        FacilityTypes.Contains(facilityType)
        && (Fuel is null || Fuel == fuel)
        && (Pollutant is null || Pollutant == pollutant)
        && (Cities.Count == 0 || Cities.Contains(city));
}
