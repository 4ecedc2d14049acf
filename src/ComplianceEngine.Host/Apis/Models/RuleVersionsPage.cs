using ComplianceEngine.Analytics.Versions;

namespace ComplianceEngine.Host.Apis.Models;

/// <summary>Stored rule-set versions, newest first, with their changelog entries; <c>served</c> is the version answering now.</summary>
public sealed record RuleVersionsPage(string Served, IReadOnlyList<RuleVersionView> Items, int Page, int PageSize, long Total);

/// <summary>A stored version: hash, when first stored (UTC), whether it is served, and its <c>rules/CHANGELOG.md</c> entry (null when it has none).</summary>
public sealed record RuleVersionView(string Version, DateTimeOffset StoredAt, bool Served, ChangelogEntry? Changelog);
