using ComplianceEngine.Analytics.Impact;

namespace ComplianceEngine.Host.Apis.Models;

/// <summary>
/// The shape <c>POST /api/v1/rules/impact</c> streams (written by <see cref="ImpactJsonWriter"/>; declared here for
/// OpenAPI): both versions, the date, the overrides, warnings (candidate examples that no longer hold), the flips as
/// found, then the summary by city, sector, family and rule.
/// </summary>
public sealed record ImpactResponse(ImpactVersion Baseline, ImpactVersion Candidate, DateOnly AsOf, IReadOnlyList<string> Overrides,
    IReadOnlyList<string> Warnings, IReadOnlyList<RecordFlip> Flips, ImpactSummary Summary);

/// <summary>A rule-set version and where it was loaded from.</summary>
public sealed record ImpactVersion(string Version, string Origin);
