using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Rules.Examples;

namespace ComplianceEngine.Rules.Tests.Examples;

/// <summary>The catalog's own examples, one test each, so a failing clause shows by name.</summary>
public class ShippedExamplesTests
{
    private static readonly Lazy<IReadOnlyList<RuleExample>> Examples = new(() =>
    {
        var issues = new List<CatalogIssue>();
        var examples = ExampleReader.Read(Fixture.ShippedRules, issues);
        Assert.Empty(issues);
        return examples;
    });

    public static TheoryData<string> ExampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var e in Examples.Value)
        {
            data.Add(e.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Example_Passes(string example)
    {
        var result = ExampleRunner.Run(Fixture.ShippedRuleSet, Examples.Value.Where(e => e.ToString() == example)).Single();
        Assert.True(result.Passed, string.Join("; ", result.Problems));
    }

    [Fact]
    public void Examples_HaveUniqueNames_PerRule()
    {
        var duplicates = Examples.Value.GroupBy(e => e.ToString()).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.Empty(duplicates);
    }
}
