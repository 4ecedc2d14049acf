namespace ComplianceEngine.Notices.Documents;

/// <summary>
/// Issuing was refused: draft <see cref="DocumentId"/> still has required elements blank (<see cref="Elements"/>, keys
/// of <see cref="RequiredElements"/>). The officer fills them on the draft first.
/// </summary>
public sealed class BlankElementsException(long documentId, IReadOnlyList<string> elements)
    : InvalidOperationException($"document {documentId} cannot be issued while required elements are blank: {string.Join(", ", elements)}")
{
    public long DocumentId { get; } = documentId;

    public IReadOnlyList<string> Elements { get; } = elements;

    /// <summary>The blank elements in Chinese, for a page: 法定代表人、地址.</summary>
    public string ElementsZh => string.Join("、", Elements.Select(e => RequiredElements.Label(e).Zh));
}
