using System.Text;
using ComplianceEngine.Analytics.Impact;
using ComplianceEngine.Analytics.Versions;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Analytics.Tests.Versions;

public class RuleSetDiffTests
{
    private static readonly RuleSetSnapshot Shipped = RuleSetSnapshot.Read(Repository.Rules);

    private static RuleSetSnapshot Edited(string path, Func<string, string> edit) =>
        RuleSetSnapshot.From("edited", Shipped.Files.Select(f => f.Key == path
            ? KeyValuePair.Create(f.Key, Encoding.UTF8.GetBytes(edit(Shipped.Text(f.Key))))
            : f));

    [Fact]
    public void Compare_FindsNothing_WhenTheVersionsAreTheSame()
    {
        var diff = RuleSetDiff.Compare(Shipped, Shipped);

        Assert.True(diff.IsEmpty);
        Assert.Equal(diff.From, diff.To);
    }

    [Fact]
    public void Compare_ShowsTheOldAndNewValue_WhenADeadlineMoves()
    {
        var moved = Reform.Apply(RuleSetLoader.Load(Shipped), [ParameterOverride.Parse("ultraLow.steel.deadline=2026-06-30")], new DateOnly(2026, 3, 1));

        var diff = RuleSetDiff.Compare(Shipped, moved);

        var change = Assert.Single(diff.Parameters);
        Assert.Equal(("ultraLow.steel.deadline", "changed", "parameters/deadlines.json"), (change.Id, change.Change, change.File));
        Assert.Equal(new FieldChange("values[0].value", "\"2025-12-31\"", "\"2026-06-30\""), Assert.Single(change.Fields));
        Assert.Empty(diff.Rules);
        Assert.Empty(diff.Limits);
        Assert.NotEqual(diff.From, diff.To);
    }

    [Fact]
    public void Compare_ListsARuleAsRemovedAndAdded_WhenItIsRenamed()
    {
        var renamed = Edited("catalog/ultra-low.json", t => t.Replace("\"ULE-STEEL-01\"", "\"ULE-STEEL-02\"", StringComparison.Ordinal));

        var diff = RuleSetDiff.Compare(Shipped, renamed);

        Assert.Equal([("ULE-STEEL-01", "removed"), ("ULE-STEEL-02", "added")], diff.Rules.Select(r => (r.Id, r.Change)));
    }
}
