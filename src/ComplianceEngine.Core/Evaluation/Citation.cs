namespace ComplianceEngine.Core.Evaluation;

/// <summary>
/// Where a rule comes from. <see cref="BasisKind"/> and <see cref="Basis"/> are the provisions the finding rests on
/// (law, regulation or standard with its article); the plan's document, clause and verbatim sentence are the policy
/// context that points to them.
/// </summary>
public sealed record Citation
{
    public required string Document { get; init; }

    /// <summary>The plan's English title (rules/sources/sources.json <c>titleEn</c>); null on citations built outside the catalog.</summary>
    public string? DocumentEn { get; init; }
    public string? DocumentNumber { get; init; }
    public required string Clause { get; init; }

    /// <summary>The plan's sentence exactly as the source has it, typos included.</summary>
    public required string Quote { get; init; }

    /// <summary>
    /// The sentence in English, translated in the catalog (<c>quoteEn</c>, required by <c>rules check</c>), so English
    /// output quotes what the plan says; null only on citations built outside the catalog.
    /// </summary>
    public string? QuoteEn { get; init; }

    /// <summary>A correction of an error in the quoted sentence, e.g. <c>“重时”应为“重点”</c>; null when the sentence is right.</summary>
    public string? Erratum { get; init; }

    /// <summary>The strongest kind of text among the provisions the finding rests on.</summary>
    public BasisKind BasisKind { get; init; } = BasisKind.Plan;
    public IReadOnlyList<LegalReference> Basis { get; init; } = [];

    /// <summary>
    /// The citation as of a date: only the provisions in force that day, so a finding of 2026 cites the 2023 edition of a
    /// measure and not the 2016 one it replaced. The same instance when every provision is in force.
    /// </summary>
    public Citation On(DateOnly date)
    {
        foreach (var b in Basis)
        {
            if (!b.InForceOn(date))
            {
                return this with { Basis = [.. Basis.Where(x => x.InForceOn(date))] };
            }
        }

        return this;
    }
}
