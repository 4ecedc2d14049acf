namespace ComplianceEngine.Core.Evaluation;

/// <summary>A law, regulation, standard or policy document cited by name and number, e.g. GB 13271-2014 表1.</summary>
public sealed record LegalReference
{
    public required string Title { get; init; }
    public required string Number { get; init; }

    /// <summary>Article, table or paragraph, e.g. <c>第二十六条</c>.</summary>
    public string? Clause { get; init; }
    public string? Quote { get; init; }

    /// <summary>The quoted provision in English; the catalog requires it beside every <see cref="Quote"/>.</summary>
    public string? QuoteEn { get; init; }

    /// <summary>The kind of text; null on references written before the kind was recorded (emission-limit references).</summary>
    public BasisKind? Kind { get; init; }

    /// <summary>The day the provision took effect (施行日期), when the catalog states it.</summary>
    public DateOnly? InForceFrom { get; init; }

    /// <summary>The last day the provision was in force (a superseded edition, 废止前一日); null while it is in force.</summary>
    public DateOnly? InForceTo { get; init; }

    /// <summary>Whether the provision was in force on <paramref name="date"/>; a provision without dates always is.</summary>
    public bool InForceOn(DateOnly date) => (InForceFrom is not { } from || from <= date) && (InForceTo is not { } to || date <= to);
}
