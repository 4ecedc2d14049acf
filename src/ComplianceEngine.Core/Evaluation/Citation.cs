namespace ComplianceEngine.Core.Evaluation;

/// <summary>Where a rule comes from: the document, the clause and the original sentence, plus any national standard it relies on for a number.</summary>
public sealed record Citation
{
    public required string Document { get; init; }
    public string? DocumentNumber { get; init; }
    public required string Clause { get; init; }
    public required string Quote { get; init; }
    public IReadOnlyList<LegalReference> Basis { get; init; } = [];
}
