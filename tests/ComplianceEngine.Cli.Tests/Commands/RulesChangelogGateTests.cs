namespace ComplianceEngine.Cli.Tests.Commands;

public class RulesChangelogGateTests
{
    [Fact]
    public void Check_RefusesAChangedCatalog_WhenTheChangelogHasNoEntryForIt()
    {
        var edited = CopyOfRules("ce-gate-");
        try
        {
            // A valid catalog change (the steel deadline's description) with no changelog entry.
            var deadlines = Path.Combine(edited, "parameters", "deadlines.json");
            File.WriteAllText(deadlines, File.ReadAllText(deadlines).Replace("取2025-12-31。", "取2025-12-31（示例修改）。", StringComparison.Ordinal));

            var refused = CliRunner.Run("rules", "check", "--rules", edited);
            var version = refused.Stderr.Split("version ")[1].Split(' ')[0];
            File.AppendAllText(Path.Combine(edited, "CHANGELOG.md"),
                $"\n## {version}\n- date: 2026-11-30\n- changed: wording\n- cause: 002 第五章 第二节\n- approved: test\n");
            var accepted = CliRunner.Run("rules", "check", "--rules", edited);

            Assert.Equal(2, refused.ExitCode);
            Assert.StartsWith("error: CHANGELOG.md: the catalog changed", refused.Stderr, StringComparison.Ordinal);
            Assert.True(accepted.ExitCode == 0, accepted.Stderr);
            Assert.Contains(version, accepted.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(edited, recursive: true);
        }
    }

    [Fact]
    public void Diff_ShowsTheMovedDeadline_BetweenTwoFolders()
    {
        var rules = Path.Combine(CliRunner.RepositoryRoot(), "rules");
        var edited = CopyOfRules("ce-diff-");
        try
        {
            var deadlines = Path.Combine(edited, "parameters", "deadlines.json");
            File.WriteAllText(deadlines, File.ReadAllText(deadlines).Replace("\"2028-12-31\"", "\"2027-12-31\"", StringComparison.Ordinal));

            var (code, stdout, stderr) = CliRunner.Run("rules", "diff", "--baseline", rules, "--candidate", edited);

            Assert.True(code == 0, stderr);
            Assert.Contains("changed  ultraLow.cement.deadline", stdout, StringComparison.Ordinal);
            Assert.Contains("values[0].value: \"2028-12-31\" → \"2027-12-31\"", stdout, StringComparison.Ordinal);
            Assert.Contains("rules: 0 changed", stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(edited, recursive: true);
        }
    }

    // The shipped rules folder copied whole (changelog and indicators included), for a test to edit.
    private static string CopyOfRules(string prefix)
    {
        var copy = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        var rules = Path.Combine(CliRunner.RepositoryRoot(), "rules");
        foreach (var file in Directory.GetFiles(rules, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(rules, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }
}
