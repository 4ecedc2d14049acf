namespace ComplianceEngine.Rules.Catalog;

/// <summary>A policy document rules may cite, with its full text so quotes can be checked.</summary>
public sealed record SourceDocument(string Id, string Title, string TitleEn, string? Number, DateOnly Issued, string Text)
{
    /// <summary>Whether the quote occurs verbatim in the text (line breaks in the source are ignored).</summary>
    public bool Contains(string quote) => Text.Contains(quote, StringComparison.Ordinal);
}
