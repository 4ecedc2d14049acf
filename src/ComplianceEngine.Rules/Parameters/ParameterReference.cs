namespace ComplianceEngine.Rules.Parameters;

/// <summary>Where a parameter's value comes from: a seed document (source, clause, quote) or a national law or standard (title, number).</summary>
public sealed record ParameterReference
{
    public string? Source { get; init; }
    public string? Title { get; init; }
    public string? Number { get; init; }
    public string? Clause { get; init; }
    public string? Quote { get; init; }

    public override string ToString() =>
        Source is not null ? $"{Source} {Clause}".Trim() : $"{Title} {Number} {Clause}".Trim();
}
