namespace ComplianceEngine.Data.Limits;

/// <summary>Where a limit comes from: a seed document (<see cref="Source"/> + clause + quote) or a national standard (title + number).</summary>
public sealed record LimitReference
{
    public string? Source { get; init; }
    public string? Title { get; init; }
    public string? Number { get; init; }
    public string? Clause { get; init; }
    public string? Quote { get; init; }
}
