using System.Text.Json;

namespace ComplianceEngine.Cli.Tests.Commands;

public sealed class NoticesCommandTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "notices-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    [Fact]
    public void NoticesRender_WritesANoticeForEachRecordThatNeedsOne_WhenRenderingExamples()
    {
        var inputs = new[] { CliRunner.DataPath("enterprises.json"), CliRunner.DataPath("projects.json") };
        var (screenCode, screenOut, screenErr) = CliRunner.Run(["screen", "--input", .. inputs, "--as-of", "2026-01-15", "--format", "json"]);
        Assert.True(screenCode == 0, screenErr);
        var outcomes = JsonDocument.Parse(screenOut).RootElement.EnumerateArray()
            .ToDictionary(r => r.GetProperty("recordId").GetString()!, r => r.GetProperty("outcome").GetString()!);

        var (code, stdout, stderr) = CliRunner.Run(["notices", "render", "--input", .. inputs, "--as-of", "2026-01-15", "--out", _out,
            "--type", "all"]);

        Assert.True(code == 0, stderr);
        Assert.Matches(@"^\d+ notices written", stdout);
        Assert.DoesNotContain("(s)", stdout, StringComparison.Ordinal);
        var files = Directory.GetFiles(_out).Select(Path.GetFileName).ToHashSet();
        foreach (var (id, outcome) in outcomes)
        {
            // A violation gets a decision, what is not yet due a letter; a project gets at most one instrument, a refusal when
            // rejected (and when conditional on an unmet precondition of approval, a ground under 条例第十一条), never when approved.
            Assert.Equal(outcome == "noncompliant", files.Contains($"{id}.correction-decision.zh.txt"));
            if (outcome is "reject" or "approve")
            {
                Assert.Equal(outcome == "reject", files.Contains($"{id}.rejection-decision.zh.txt"));
            }

            Assert.True(new[] { "rejection-decision", "supplement-request", "approval-opinion" }.Count(k => files.Contains($"{id}.{k}.zh.txt")) <= 1, id);
            if (outcome == "compliant")
            {
                Assert.DoesNotContain(files, f => f!.StartsWith(id + ".correction-decision", StringComparison.Ordinal) || f.StartsWith(id + ".supervision-letter", StringComparison.Ordinal));
            }
        }

        var decision = File.ReadAllText(Path.Combine(_out, "P-2025-0001.rejection-decision.zh.txt"));
        Assert.Contains("不予批准", decision);
        Assert.Contains("草稿", decision);
    }

    [Fact]
    public void NoticesRender_FailsNamingFileLineAndColumn_WhenATemplateDoesNotParse()
    {
        var rules = Path.Combine(_out, "rules");
        foreach (var file in Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot(), "rules"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(rules, Path.GetRelativePath(Path.Combine(CliRunner.RepositoryRoot(), "rules"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        File.WriteAllText(Path.Combine(rules, "notices", "correction-decision.zh.sbn"), "{{~ title = \"整改\" ~}}\n{{ for x in items }}\n");

        var (code, _, stderr) = CliRunner.Run("notices", "render", "--rules", rules, "--input", CliRunner.DataPath("enterprises.json"),
            "--as-of", "2026-01-15", "--out", Path.Combine(_out, "notices"));

        Assert.Equal(2, code);
        Assert.Matches(@"correction-decision\.zh\.sbn\(\d+,\d+\)", stderr);
    }
}
