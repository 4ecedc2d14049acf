using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Catalog;

namespace ComplianceEngine.Analytics.Impact;

/// <summary>
/// The two catalogs an impact compares. The baseline is a valid catalog (the one served, a folder or a stored
/// version); the candidate is a folder or stored version, or the baseline with parameter overrides, or a candidate
/// with overrides on top. The candidate must compile whole; its failing examples are <see cref="Warnings"/>, since a
/// moved deadline fails the examples that pinned the old one.
/// </summary>
public sealed record ImpactCatalogs(RuleSet Baseline, RuleSet Candidate, IReadOnlyList<ParameterOverride> Overrides, IReadOnlyList<CatalogIssue> Warnings)
{
    /// <exception cref="CatalogInvalidException">The candidate does not compile.</exception>
    /// <exception cref="ArgumentException">An override names nothing, has a value of the wrong type, or nothing is in force for it; or there is no candidate at all.</exception>
    public static ImpactCatalogs Load(RuleSet baseline, RuleSetSnapshot? candidate, IReadOnlyList<ParameterOverride> overrides, DateOnly asOf, CancellationToken ct = default)
    {
        if (candidate is null && overrides.Count == 0)
        {
            throw new ArgumentException("no candidate: give a candidate catalog (folder or stored version), parameter overrides, or both");
        }

        var (ruleSet, warnings) = candidate is null ? (baseline, []) : Draft(candidate, ct);
        if (overrides.Count > 0)
        {
            (ruleSet, warnings) = Draft(Reform.Apply(ruleSet, overrides, asOf), ct);
        }

        return new ImpactCatalogs(baseline, ruleSet, overrides, warnings);
    }

    private static (RuleSet RuleSet, IReadOnlyList<CatalogIssue> Warnings) Draft(RuleSetSnapshot snapshot, CancellationToken ct)
    {
        var (ruleSet, issues, examples) = RuleSetLoader.CheckDraft(snapshot, ct);
        return ruleSet is not null ? (ruleSet, examples) : throw new CatalogInvalidException(issues);
    }
}
