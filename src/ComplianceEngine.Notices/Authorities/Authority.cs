namespace ComplianceEngine.Notices.Authorities;

/// <summary>
/// Who issues a city's instruments: the bureau's name in both languages, the text of its seal, the body that hears a
/// 行政复议 against its decisions, a contact telephone, and how it numbers each kind of document.
/// </summary>
public sealed record Authority
{
    /// <summary>The city the authority serves, e.g. <c>赣州市</c>; empty for the province default.</summary>
    public required string City { get; init; }
    public required string Name { get; init; }
    public required string NameEn { get; init; }
    public required string Seal { get; init; }
    public required string SealEn { get; init; }

    /// <summary>The short name that opens every document number, e.g. <c>洪环</c>.</summary>
    public required string Abbreviation { get; init; }

    /// <summary>The people's government at the same level, e.g. <c>南昌市人民政府</c> (行政复议法 2023: it hears reviews of its departments).</summary>
    public required string ReviewBody { get; init; }
    public required string ReviewBodyEn { get; init; }
    /// <summary>
    /// The handling office's telephone, or null when no seed or public page gives a current number (authorities.json
    /// says so); instruments then leave it to be filled in before issue. Never the 12369 hotline, which is national.
    /// </summary>
    public string? ContactPhone { get; init; }

    /// <summary>One pattern per instrument kind, e.g. <c>洪环责改〔{year}〕{seq}号</c>.</summary>
    public required IReadOnlyDictionary<NoticeType, NoticeNumberPattern> NumberPatterns { get; init; }

    public NoticeNumberPattern NumberPattern(NoticeType type) => NumberPatterns[type];
}
