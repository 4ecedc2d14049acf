namespace ComplianceEngine.Host.Pages.Shared;

/// <summary>
/// What the draft-elements form (<c>_DraftElements.cshtml</c>) shows under a draft: the document, the id its page is
/// routed by, the required elements still blank (keys of <c>RequiredElements</c>) and why the last fill was refused.
/// </summary>
public sealed record DraftElementsView(long DocumentId, string RouteId, IReadOnlyList<string> Blanks, string? Error);
