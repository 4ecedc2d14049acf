using System.Diagnostics;
using System.Text.Json;
using ComplianceEngine.Rules.Catalog;

namespace ComplianceEngine.Rules.Tests.Compilation;

/// <summary>The minimal fixture catalog with one expression replaced, checked with a stopwatch: refusals must come within seconds.</summary>
internal static class HostileCatalog
{
    public const string UltraLowFact = "\"status\": \"f.UltraLowStatus\"";
    public const string UltraLowCondition = "\"Expression\": \"f.UltraLowStatus != \\\"completed\\\"\"";
    public const string SitingCondition = "\"Expression\": \"r.Site.InCountyBuiltUpArea\"";
    public const string LimitCondition = "\"Expression\": \"e.ConcentrationMgM3 > p.Limit(\\\"standard\\\", f, e.Pollutant)\"";

    /// <summary>Most a refusal may take on a loaded machine.</summary>
    public static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    /// <summary>The catalog's issues after <paramref name="original"/> (one of the constants) becomes <paramref name="expression"/>.</summary>
    public static IReadOnlyList<CatalogIssue> Check(string catalogFile, string original, string expression)
    {
        using var rules = Fixture.CopyMinimal();
        var key = original[..(original.IndexOf(':', StringComparison.Ordinal) + 2)];
        rules.Edit(catalogFile, original, key + JsonSerializer.Serialize(expression));
        var clock = Stopwatch.StartNew();
        var (_, issues) = RuleSetLoader.Check(rules.Directory);
        Assert.True(clock.Elapsed < Within, $"the check took {clock.Elapsed}");
        return issues;
    }

    /// <summary>The only issue when the ultra-low rule's fact <c>status</c> is <paramref name="expression"/>.</summary>
    public static CatalogIssue FactIssue(string expression)
    {
        var issue = Assert.Single(Check("catalog/ultra-low.json", UltraLowFact, expression));
        Assert.Equal(Path.Combine("catalog", "ultra-low.json"), issue.File);
        Assert.Equal("ULE-T-01", issue.Location);
        return issue;
    }
}
