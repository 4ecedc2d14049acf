namespace ComplianceEngine.Rules.Tests.Catalog;

public class RuleSetVersionTests
{
    [Fact]
    public void Compute_Changes_WhenAParameterValueChanges()
    {
        using var rules = Fixture.CopyMinimal();
        var before = RuleSetVersion.Compute(rules.Directory);
        rules.Edit("parameters/p.json", "\"value\": 35", "\"value\": 30");
        Assert.NotEqual(before, RuleSetVersion.Compute(rules.Directory));
    }

    [Fact]
    public void Compute_IsStable_WhenOnlyLineEndingsOrExamplesChange()
    {
        using var rules = Fixture.CopyMinimal();
        var before = RuleSetVersion.Compute(rules.Directory);
        var path = rules.PathOf("catalog/siting.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\n", "\r\n", StringComparison.Ordinal));
        rules.Edit("examples/siting.json", "36 t/h is above", "36 t/h lies above");
        Assert.Equal(before, RuleSetVersion.Compute(rules.Directory));
        Assert.StartsWith("sha256:", before, StringComparison.Ordinal);
        Assert.Equal(71, before.Length);
    }
}
