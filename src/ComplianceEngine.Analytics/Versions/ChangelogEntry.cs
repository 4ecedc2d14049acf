namespace ComplianceEngine.Analytics.Versions;

/// <summary>
/// One version's entry in <c>rules/CHANGELOG.md</c>: the rule-set version (<c>sha256:…</c>), the date it was adopted
/// (yyyy-MM-dd), what changed, which clause or new document caused it, and who approved it.
/// </summary>
public sealed record ChangelogEntry(string Version, DateOnly? Date, string Changed, string Cause, string Approved, int Line);
