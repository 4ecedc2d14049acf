using System.Text;

namespace ComplianceEngine.Rules.Tests;

public sealed class RuleSetSnapshotTests
{
    [Fact]
    public void Load_UsesTheBytesReadOnce_WhenFolderIsEditedAfterReading()
    {
        using var rules = Fixture.CopyMinimal();
        var snapshot = RuleSetSnapshot.Read(rules.Directory);
        var before = RuleSetVersion.Compute(rules.Directory);
        rules.Edit("parameters/p.json", "\"value\": 35", "\"value\": 30");

        var ruleSet = RuleSetLoader.Load(snapshot);

        Assert.Equal(before, ruleSet.Version);
        Assert.NotEqual(before, RuleSetVersion.Compute(rules.Directory));
        Assert.Same(snapshot, ruleSet.Snapshot);
    }

    [Fact]
    public void From_LoadsTheSameVersion_WhenGivenTheFilesWithoutAFolder()
    {
        using var rules = Fixture.CopyMinimal();
        var read = RuleSetSnapshot.Read(rules.Directory);
        System.IO.Directory.Delete(rules.PathOf("catalog"), recursive: true);

        var ruleSet = RuleSetLoader.Load(RuleSetSnapshot.From("kept elsewhere", read.Files));

        Assert.Equal(RuleSetVersion.Compute(read), ruleSet.Version);
        Assert.Equal("kept elsewhere", ruleSet.Directory);
    }

    [Fact]
    public void Compute_IgnoresAByteOrderMark_WhenAFileHasOne()
    {
        using var rules = Fixture.CopyMinimal();
        var plain = RuleSetSnapshot.Read(rules.Directory);
        var files = plain.Files.ToDictionary(f => f.Key, f => f.Value);
        files["catalog/siting.json"] = [.. Encoding.UTF8.GetPreamble(), .. files["catalog/siting.json"]];

        var withBom = RuleSetSnapshot.From("bom", files);

        Assert.Equal(RuleSetVersion.Compute(plain), RuleSetVersion.Compute(withBom));
        Assert.Equal(plain.Text("catalog/siting.json"), withBom.Text("catalog/siting.json"));
    }

    [Fact]
    public void JsonFiles_ListsOnlyTheFolderItself_InOrdinalOrder()
    {
        var snapshot = RuleSetSnapshot.From("test", new Dictionary<string, byte[]>
        {
            ["catalog/b.json"] = [], ["catalog/a.json"] = [], ["catalog/sub/c.json"] = [], ["catalog/readme.txt"] = [], ["catalogue/d.json"] = [],
        });

        Assert.Equal(["catalog/a.json", "catalog/b.json"], snapshot.JsonFiles("catalog"));
    }
}
