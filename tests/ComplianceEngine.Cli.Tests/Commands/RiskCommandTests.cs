using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Cli.Tests.Commands;

/// <summary>Generates a small synthetic panel and trains a model once through the command line; the tests use it.</summary>
public sealed class TrainedRiskModel : IDisposable
{
    public TrainedRiskModel()
    {
        Run("sample", "generate", "--enterprises", "1200", "--projects", "0", "--seed", "3", "--inspections", "--years", "4",
            "--as-of", "2025-06-30", "--out", Dir);
        Enterprises = [.. Enumerable.Range(2022, 4).Select(y => Path.Combine(Dir, "risk", $"enterprises-{y}.json"))];
        TrainOutput = Run(["risk", "train", "--enterprises", .. Enterprises, "--inspections", Inspections, "--as-of", "2025-01-01", "--model", Model]);
    }

    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "ce-risk-cli-" + Guid.NewGuid().ToString("N"));
    public string[] Enterprises { get; }
    public string Inspections => Path.Combine(Dir, "risk", "inspections.csv");
    public string Model => Path.Combine(Dir, "model.zip");
    public string TrainOutput { get; }

    public static string Run(params string[] args)
    {
        var (code, stdout, stderr) = CliRunner.Run(args);
        Assert.True(code == 0, $"{string.Join(' ', args)}: {stderr}");
        return stdout;
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}

public class RiskCommandTests(TrainedRiskModel trained) : IClassFixture<TrainedRiskModel>
{
    [Fact]
    public void Train_WritesModelAndSidecar_WhenGivenGeneratedData()
    {
        Assert.True(File.Exists(trained.Model));
        var meta = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(trained.Model, ".json")))!;
        Assert.Equal("risk-features/1", meta["featureSchemaVersion"]!.GetValue<string>());
        Assert.Equal(3, meta["candidates"]!.AsArray().Count);
        Assert.Contains("validation ROC AUC", trained.TrainOutput);
    }

    [Fact]
    public void TrainAndEvaluate_StateTheLeakageRisk_WhenEnterprisesAreContractShapedWithoutSnapshotDate()
    {
        // Issue 11 item 8: the 2025 snapshot as a register export would give it: contract records, no snapshotDate.
        var records = JsonNode.Parse(File.ReadAllText(trained.Enterprises[^1]))!.AsArray();
        foreach (var record in records)
        {
            record!.AsObject().Remove("snapshotDate");
        }

        var contract = Path.Combine(trained.Dir, "register-export.json");
        File.WriteAllText(contract, records.ToJsonString());
        var model = Path.Combine(trained.Dir, "undated.zip");

        var (code, _, stderr) = CliRunner.Run("risk", "train", "--enterprises", contract, "--inspections", trained.Inspections, "--as-of", "2025-01-01", "--model", model);

        Assert.True(code == 0, stderr);
        Assert.Contains("after the inspection (leakage risk", stderr, StringComparison.Ordinal);
        Assert.True(JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(model, ".json")))!["snapshotAfterInspectionRows"]!.GetValue<int>() > 0);
        var output = Path.Combine(trained.Dir, "undated-report");
        var stdout = TrainedRiskModel.Run("risk", "evaluate", "--model", model, "--enterprises", contract, "--inspections", trained.Inspections,
            "--as-of", "2025-07-01", "--snapshot-date", "2025-07-01", "--out", output, "--bootstrap", "20");
        Assert.Contains("## Leakage risk", stdout, StringComparison.Ordinal);
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "report.json")))!;
        Assert.True(report["testRowsWithLaterSnapshot"]!.GetValue<int>() > 0);
        Assert.Contains("optimistic", report["leakageRisk"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WritesReportAndCharts_WhenHeldOutInspectionsExist()
    {
        var output = Path.Combine(trained.Dir, "report");
        TrainedRiskModel.Run(["risk", "evaluate", "--model", trained.Model, "--enterprises", .. trained.Enterprises, "--inspections", trained.Inspections,
            "--as-of", "2025-07-01", "--out", output, "--bootstrap", "50"]);

        foreach (var file in new[] { "report.json", "report.md", "roc.png", "lift.png" })
        {
            Assert.True(new FileInfo(Path.Combine(output, file)).Length > 0, file);
        }

        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "report.json")))!;
        Assert.NotNull(report["ceiling"]!["rocAuc"]);
        Assert.NotNull(report["model"]!["liftOverRuleBaseline"]!["lower"]);
    }

    [Fact]
    public void Score_GivesProbabilityAndReasonsPerEnterprise_WhenFormatIsJson()
    {
        var stdout = TrainedRiskModel.Run("risk", "score", "--model", trained.Model, "--input", trained.Enterprises[^1], "--as-of", "2025-01-01", "--format", "json");
        using var doc = JsonDocument.Parse(stdout);
        var results = doc.RootElement.GetProperty("results").EnumerateArray().ToArray();

        Assert.Equal(1200, results.Length);
        Assert.All(results, r => Assert.InRange(r.GetProperty("score").GetDouble(), 0, 1));
        Assert.Contains(results, r => r.GetProperty("reasons").GetArrayLength() > 0 && r.GetProperty("reasons")[0].GetProperty("zh").GetString()!.Length > 0);
    }

    [Fact]
    public void List_MarksExplorationEntries_WhenExploreIsGiven()
    {
        var stdout = TrainedRiskModel.Run("risk", "list", "--model", trained.Model, "--input", trained.Enterprises[^1], "--as-of", "2025-01-01",
            "--top", "20", "--explore", "0.2", "--format", "json");
        using var doc = JsonDocument.Parse(stdout);
        var entries = doc.RootElement.GetProperty("entries").EnumerateArray().ToArray();

        Assert.Equal(20, entries.Length);
        Assert.Equal(4, entries.Count(e => e.GetProperty("exploration").GetBoolean()));
    }

    [Fact]
    public void Score_Exits2WithReason_WhenModelSchemaDiffers()
    {
        var copy = Path.Combine(trained.Dir, "other.zip");
        File.Copy(trained.Model, copy, overwrite: true);
        var meta = JsonNode.Parse(File.ReadAllText(Path.ChangeExtension(trained.Model, ".json")))!.AsObject();
        meta["featureSchemaFingerprint"] = "different";
        File.WriteAllText(Path.ChangeExtension(copy, ".json"), meta.ToJsonString());

        var (code, _, stderr) = CliRunner.Run("risk", "score", "--model", copy, "--input", trained.Enterprises[^1], "--as-of", "2025-01-01");

        Assert.Equal(2, code);
        Assert.Contains("feature schema", stderr);
    }
}
