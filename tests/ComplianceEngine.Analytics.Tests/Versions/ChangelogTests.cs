using ComplianceEngine.Analytics.Versions;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Analytics.Tests.Versions;

public class ChangelogTests
{
    private const string Version = "sha256:1111111111111111111111111111111111111111111111111111111111111111";
    private const string Other = "sha256:2222222222222222222222222222222222222222222222222222222222222222";

    private static string Entry(string version, string approved = "- approved: 省生态环境厅法规处") => $"""
        ## {version}
        - date: 2026-11-30
        - changed: steel deadline moved
        - cause: 002 第五章 第二节
        {approved}

        """;

    [Fact]
    public void Check_AcceptsTheCatalog_WhenItsVersionHasACompleteEntry()
    {
        var changelog = Changelog.Parse("# Changelog\n\n" + Entry(Version) + Entry(Other));

        Assert.Empty(changelog.Check(Version));
        Assert.Equal(("steel deadline moved", "002 第五章 第二节", new DateOnly(2026, 11, 30)),
            (changelog.For(Version)!.Changed, changelog.For(Version)!.Cause, changelog.For(Version)!.Date!.Value));
    }

    [Fact]
    public void Check_RefusesAChangedCatalog_WhenItsVersionHasNoEntry()
    {
        var issue = Assert.Single(Changelog.Parse(Entry(Other)).Check(Version));

        Assert.Equal(Changelog.FileName, issue.File);
        Assert.Contains(Version, issue.Reason, StringComparison.Ordinal);
        Assert.Contains("- cause:", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NamesTheMissingField_WhenAnEntryHasNoApprover()
    {
        var issue = Assert.Single(Changelog.Parse(Entry(Version, approved: "")).Check(Version));

        Assert.Equal("line 1 (" + Version + ")", issue.Location);
        Assert.Contains("'- approved:'", issue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RefusesTheFolder_WhenItHasNoChangelog()
    {
        var empty = Directory.CreateTempSubdirectory("ce-changelog-");
        try
        {
            var issue = Assert.Single(Changelog.Read(empty.FullName).Check(Version));
            Assert.Contains("no changelog", issue.Reason, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void Check_AcceptsTheShippedCatalog_WithItsShippedChangelog()
    {
        var version = RuleSetVersion.Compute(Repository.Rules);

        Assert.Empty(Changelog.Read(Repository.Rules).Check(version));
    }
}
