namespace ComplianceEngine.Core.Evaluation;

/// <summary>A national law, regulation or standard cited by name and number, e.g. GB 13271-2014.</summary>
public sealed record LegalReference
{
    public required string Title { get; init; }
    public required string Number { get; init; }
    public string? Clause { get; init; }
    public string? Quote { get; init; }
}
