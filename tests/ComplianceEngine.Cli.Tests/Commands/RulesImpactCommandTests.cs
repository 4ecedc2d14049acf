using System.Text.Json;

namespace ComplianceEngine.Cli.Tests.Commands;

public class RulesImpactCommandTests
{
    private static readonly string Enterprises = Path.Combine(CliRunner.RepositoryRoot(), "data", "sample", "enterprises.json");

    [Fact]
    public void Impact_WritesFlipsAndASummary_AsJson()
    {
        var (code, stdout, stderr) = CliRunner.Run("rules", "impact", "--set", "permit.renewal.leadDays=90", "--as-of", "2026-11-23",
            "--input", Enterprises, "--format", "json");

        Assert.True(code == 0, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var flips = doc.RootElement.GetProperty("flips").EnumerateArray().ToArray();
        Assert.NotEmpty(flips);
        Assert.Equal(flips.Length, doc.RootElement.GetProperty("summary").GetProperty("flips").GetInt64());
        Assert.All(flips, f => Assert.Equal("PRM-RENEW-01", f.GetProperty("causes")[0].GetProperty("ruleId").GetString()));
    }

    [Theory]
    [InlineData("permit.renewal.leadDayz=90", "no parameter or rule")]
    [InlineData("permit.renewal.leadDays=soon", "is a number parameter")]
    public void Impact_ExitsOne_WithTheReason_WhenAnOverrideCannotApply(string set, string reason)
    {
        var (code, _, stderr) = CliRunner.Run("rules", "impact", "--set", set, "--as-of", "2026-11-23", "--input", Enterprises);

        Assert.Equal(1, code);
        Assert.Contains(reason, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_WriteATableForTheElevenCities_AndAChart()
    {
        var chart = Path.Combine(Path.GetTempPath(), $"ce-chart-{Guid.NewGuid():N}.svg");
        try
        {
            var (code, stdout, stderr) = CliRunner.Run("indicators", "--from", "2025-01-01", "--to", "2026-11-23", "--every", "year",
                "--input", Enterprises, "--indicator", "IND-PERMIT-COVERAGE", "--chart", chart);

            Assert.True(code == 0, stderr);
            Assert.Contains("### IND-PERMIT-COVERAGE", stdout, StringComparison.Ordinal);
            Assert.Equal(12, stdout.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains(" | * | ", StringComparison.Ordinal)));
            Assert.Contains("赣州市", File.ReadAllText(chart), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(chart);
        }
    }
}
