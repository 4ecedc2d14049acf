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
    public void List_FitsEightyColumns_ByDefault()
    {
        var (code, stdout, stderr) = CliRunner.Run("rules", "list");

        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.All(lines, l => Assert.True(Columns(l) <= 80, $"{Columns(l)} columns: {l}"));
        Assert.Contains(lines, l => l.StartsWith("LIM-HOURLY-01 ", StringComparison.Ordinal));
        Assert.Contains("ruleSetVersion sha256:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void List_PrintsEverySector_WhenWide()
    {
        var (code, stdout, stderr) = CliRunner.Run("rules", "list", "--wide");
        var narrow = CliRunner.Run("rules", "list").Stdout;

        Assert.True(code == 0, stderr);
        // CLP-AUDIT-01 applies to many sectors: counted when narrow, listed when wide.
        Assert.Matches(@"CLP-AUDIT-01 .*\d+ sectors", narrow);
        Assert.Contains("GB 13271-2014", stdout, StringComparison.Ordinal);
        Assert.Contains(stdout.Split('\n'), l => l.Contains("CLP-AUDIT-01", StringComparison.Ordinal) && l.Contains('[', StringComparison.Ordinal));
    }

    private static int Columns(string line) => line.EnumerateRunes().Sum(r => r.Value >= 0x2E80 ? 2 : 1);

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
