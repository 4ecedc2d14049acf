namespace ComplianceEngine.Notices.Authorities;

/// <summary>Who issues a city's notices: the bureau's name in both languages, the text of its seal and how it numbers documents.</summary>
public sealed record Authority
{
    /// <summary>The city the authority serves, e.g. <c>赣州市</c>; empty for the province default.</summary>
    public required string City { get; init; }
    public required string Name { get; init; }
    public required string NameEn { get; init; }
    public required string Seal { get; init; }
    public required string SealEn { get; init; }
    public required NoticeNumberPattern NumberPattern { get; init; }
}
