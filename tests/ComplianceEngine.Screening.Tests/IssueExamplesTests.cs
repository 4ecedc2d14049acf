using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Examples;

namespace ComplianceEngine.Screening.Tests;

/// <summary>
/// Issue 13's cases (the shipped examples named "issue 13…") decided through the product's one path: the record read as
/// the command line reads it and screened by <see cref="RecordScreening"/>, not by the catalog's own example runner.
/// </summary>
public sealed class IssueExamplesTests
{
    private static readonly Lazy<RuleSet> Shipped = new(() => RuleSetLoader.Load(RulesDirectory.Resolve(null)));

    private static readonly Lazy<IReadOnlyList<RuleExample>> Cases = new(() =>
        [.. ExampleReader.Read(Shipped.Value.Snapshot, []).Where(e => e.Name.StartsWith("issue 13", StringComparison.Ordinal) && e.Exceedances.Count == 0)]);

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var e in Cases.Value)
        {
            data.Add(e.ToString());
        }

        return data;
    }

    [Fact]
    public void Cases_CoverEveryKindTheIssueNames_WhenReadFromTheCatalog()
    {
        // Permit class, report years, relocation, inferred captive units, online-monitoring scope, missing standards,
        // table 1/2, targets vs limits, invented numbers, heavy-metal key areas, the month under way.
        Assert.True(Cases.Value.Count >= 40, $"only {Cases.Value.Count} issue 13 cases");
        Assert.Superset(new HashSet<string> { "PRM-REPORT-01", "PRM-EXPIRED-01", "PRM-REGISTER-01", "SIT-YANGTZE-01", "SIT-CAPTIVE-01", "ULE-PROJECT-01", "ULE-CEMS-01",
            "LIM-STD-01", "LIM-NOSTD-01", "LIM-ULTRA-01", "VOC-PROJECT-01", "TWH-GLASSRATIO-01", "HVM-OFFSET-02", "TWH-GATE-01" }, Cases.Value.Select(e => e.Rule).ToHashSet());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task EvaluateAsync_GivesTheIssuesOutcome_WhenScreeningTheCase(string name)
    {
        var example = Cases.Value.Single(e => e.ToString() == name);
        var parsed = RecordReader.Read(example.Record.ToJsonString(), example.File).Records.Single();
        Assert.True(parsed.IsValid, string.Join("; ", parsed.Errors.Select(e => $"{e.Path}: {e.Reason}")));

        var result = await RecordScreening.Offline.EvaluateAsync(Shipped.Value, parsed.Record!, example.AsOf);

        var fired = result.Findings.Where(f => f.RuleId == example.Rule && f.MissingFields.Count == 0).ToArray();
        Assert.Equal(example.Fires, fired.Length > 0);
        Assert.Equal(example.Outcome, result.Outcome.ToString().ToLowerInvariant());
        Assert.Equal(Shipped.Value.Version, result.RuleSetVersion);
        Assert.Equal(example.AsOf, result.AsOf);
    }
}
