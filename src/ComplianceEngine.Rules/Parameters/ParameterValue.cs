namespace ComplianceEngine.Rules.Parameters;

/// <summary>One dated value of a parameter, for the whole province or for some cities.</summary>
public sealed record ParameterValue
{
    /// <summary>A <see cref="DateOnly"/>, <see cref="double"/> or <see cref="bool"/>, by the parameter's type.</summary>
    public required object Value { get; init; }
    public required DateOnly From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyList<string> Cities { get; init; } = [];
    public required ParameterReference Reference { get; init; }

    public bool AppliesTo(string city, DateOnly asOf) =>
        Validity.AppliesTo(From, To, Cities, city, asOf);
}
