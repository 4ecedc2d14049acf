namespace ComplianceEngine.Cli.Tests.Commands;

public class RulesCommandTests
{
    [Fact]
    public void Check_ExitsZero_OnTheShippedCatalog()
    {
        var (code, stdout, stderr) = CliRunner.Run("rules", "check");
        Assert.True(code == 0, stderr);
        Assert.StartsWith("rule catalog OK:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void List_ShowsEveryRuleWithItsCitation()
    {
        var (code, stdout, _) = CliRunner.Run("rules", "list", "--format", "json");
        Assert.Equal(0, code);
        using var doc = System.Text.Json.JsonDocument.Parse(stdout);
        var rules = doc.RootElement.GetProperty("rules").EnumerateArray().ToArray();
        Assert.True(rules.Length >= 40);
        Assert.All(rules, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("citation").GetProperty("quote").GetString())));
    }

    [Fact]
    public void List_ShowsTheHourlyLimitRule_WithTheArticleItRestsOn()
    {
        var (code, stdout, _) = CliRunner.Run("rules", "list", "--format", "json");
        Assert.Equal(0, code);
        using var doc = System.Text.Json.JsonDocument.Parse(stdout);

        var hourly = doc.RootElement.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "LIM-HOURLY-01");

        Assert.Equal("exceedance", hourly.GetProperty("scope").GetString());
        var law = hourly.GetProperty("citation").GetProperty("basis")[0];
        Assert.Equal(("中华人民共和国大气污染防治法", "第十八条"), (law.GetProperty("title").GetString(), law.GetProperty("clause").GetString()));
    }

    [Fact]
    public void EveryCommand_RefusesAnInvalidCatalog_WithTheSameMessage()
    {
        var broken = Path.Combine(Path.GetTempPath(), "ce-broken-" + Guid.NewGuid().ToString("N"));
        CopyDirectory(Path.Combine(CliRunner.RepositoryRoot(), "rules"), broken);
        try
        {
            var file = Directory.GetFiles(Path.Combine(broken, "catalog"), "*.json").Order(StringComparer.Ordinal).First();
            var text = File.ReadAllText(file);
            File.WriteAllText(file, text.Replace("\"severity\": \"", "\"severity\": \"x", StringComparison.Ordinal));

            var check = CliRunner.Run("rules", "check", "--rules", broken);
            var screen = CliRunner.Run("screen", "--rules", broken, "--input", CliRunner.DataPath("projects.json"), "--as-of", "2026-01-15");
            Assert.Equal(2, check.ExitCode);
            Assert.Equal(2, screen.ExitCode);
            var firstProblem = check.Stderr.Split('\n')[0]["error: ".Length..];
            Assert.Contains("unknown severity", firstProblem);
            Assert.Contains(Path.GetFileName(file), firstProblem);
            Assert.Contains(firstProblem, screen.Stderr);
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
