using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Risk.Data;
using ComplianceEngine.Risk.Evaluation;
using ComplianceEngine.Risk.Features;
using ComplianceEngine.Risk.Ranking;
using ComplianceEngine.Risk.Training;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Cli.Commands;

/// <summary>What the <c>risk</c> subcommands do. Exit 0 on success, 2 with a one-line reason on unusable input.</summary>
internal static class RiskActions
{
    public static int Train(string? rules, FileInfo[] enterprises, FileInfo inspections, DateOnly asOf, DateOnly snapshotDate, FileInfo modelFile, Encoding? encoding) => Guard(() =>
    {
        var ruleSet = CatalogGate.TryLoad(rules);
        if (ruleSet is null)
        {
            return ExitCodes.InputRefused;
        }

        var watch = Stopwatch.StartNew();
        var examples = Examples(ruleSet, enterprises, inspections, null, asOf, snapshotDate, encoding);
        Console.Error.WriteLine($"{examples.Count} labelled examples before {asOf:yyyy-MM-dd} ({watch.Elapsed.TotalSeconds:F1} s); training:");
        var model = RiskTrainer.Train(examples, asOf, ruleSet.Version, Console.Error);
        if (model.Metadata.SnapshotAfterInspectionRows > 0)
        {
            Console.Error.WriteLine($"warning: {model.Metadata.SnapshotAfterInspectionRows} of {examples.Count} inspections take their features from records dated "
                + $"{snapshotDate:yyyy-MM-dd}, after the inspection (leakage risk; 'risk evaluate' states it in its report)");
        }

        model.Save(modelFile.FullName);
        Console.WriteLine($"model {model.Version}: {model.Metadata.Trainer}, validation ROC AUC {model.Metadata.Metrics["validationRocAuc"]:F4}, " +
            $"ECE {model.Metadata.Metrics["validationEce"]:F4}; written to {modelFile.FullName} and {RiskModel.MetadataPath(modelFile.FullName)} ({watch.Elapsed.TotalSeconds:F1} s)");
        return ExitCodes.Ran;
    });

    public static int Evaluate(string? rules, FileInfo modelFile, FileInfo[] enterprises, FileInfo inspections, DateOnly asOf, DateOnly snapshotDate, DirectoryInfo output, int resamples, Encoding? encoding) => Guard(() =>
    {
        var ruleSet = CatalogGate.TryLoad(rules);
        if (ruleSet is null)
        {
            return ExitCodes.InputRefused;
        }

        var model = RiskModel.Load(modelFile.FullName);
        var from = model.Metadata.TrainedBefore;
        var test = Examples(ruleSet, enterprises, inspections, from, asOf, snapshotDate, encoding);
        var (report, scores) = RiskEvaluator.Evaluate(model, test, from, asOf, resamples);
        var labels = test.Select(e => e.Label).ToArray();
        var series = new List<(string, double[])> { ("model", scores), ("rule-only baseline", [.. test.Select(e => RiskEvaluator.RuleBaselineScore(e.Features.Values))]) };
        if (test.All(e => e.TrueProbability is not null))
        {
            series.Add(("ceiling (true p)", [.. test.Select(e => e.TrueProbability!.Value)]));
        }

        var charts = ChartWriter.Write(output.FullName, labels, series);
        report = report with { Charts = charts };
        ReportWriter.Write(output.FullName, report);
        Console.WriteLine(ReportWriter.Markdown(report));
        Console.WriteLine($"written to {output.FullName}");
        return ExitCodes.Ran;
    });

    public static int Score(string? rules, FileInfo modelFile, FileInfo[] input, DateOnly asOf, string format, Encoding? encoding) => Guard(() =>
    {
        var ruleSet = CatalogGate.TryLoad(rules);
        if (ruleSet is null || !RecordInput.Check(input, encoding))
        {
            return ExitCodes.InputRefused;
        }

        var model = RiskModel.Load(modelFile.FullName);
        var invalid = RiskScoring.Write(ruleSet, model, RecordInput.Records(input, encoding), asOf, format);
        WarnInvalid(invalid);
        return ExitCodes.Ran;
    });

    public static int List(string? rules, FileInfo modelFile, FileInfo[] input, DateOnly asOf, string? city, int top, double explore, int seed, string format, Encoding? encoding) => Guard(() =>
    {
        if (city is not null && !ContractValues.Cities.Contains(city))
        {
            Console.Error.WriteLine($"error: --city '{city}' is not one of {string.Join(", ", ContractValues.Cities)}");
            return ExitCodes.InputRefused;
        }

        var (model, scored) = ScoreAll(rules, modelFile, input, asOf, encoding);
        if (model is null)
        {
            return ExitCodes.InputRefused;
        }

        var list = RiskListBuilder.Build(model, scored, city, top, explore, seed);
        if (format == "json")
        {
            Console.WriteLine(JsonSerializer.Serialize(new { modelVersion = model.Version, asOf, city, exploreShare = explore, entries = list }, Json));
            return ExitCodes.Ran;
        }

        Console.WriteLine($"risk list {city ?? "江西省 (province)"} as of {asOf:yyyy-MM-dd}, model {model.Version}; * = exploration (random draw)");
        foreach (var e in list)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.Rank,3}{(e.Exploration ? "*" : " ")} {e.EnterpriseId,-12} {e.Score,6:F3} {e.City} {e.Name}"));
            foreach (var r in e.Reasons)
            {
                Console.WriteLine($"       - {r.Zh} / {r.En}");
            }
        }

        return ExitCodes.Ran;
    });

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static (RiskModel? Model, IReadOnlyList<ScoredEnterprise> Scored) ScoreAll(string? rules, FileInfo modelFile, FileInfo[] input, DateOnly asOf, Encoding? encoding)
    {
        var ruleSet = CatalogGate.TryLoad(rules);
        if (ruleSet is null)
        {
            return (null, []);
        }

        var model = RiskModel.Load(modelFile.FullName);
        var (snapshots, invalid) = SnapshotReader.ReadFiles(input.Select(f => f.FullName), asOf, encoding);
        WarnInvalid(invalid);

        var records = snapshots.Select(s => s.Record).ToArray();
        var features = new FeatureExtractor(ruleSet).ComputeAll(records, asOf);
        var scores = model.Score(features);
        return (model, [.. records.Select((r, i) => new ScoredEnterprise(r, features[i].Values, scores[i]))]);
    }

    private static void WarnInvalid(int invalid)
    {
        if (invalid > 0)
        {
            Console.Error.WriteLine($"warning: {invalid} invalid records skipped (run 'screen' on the input to see why)");
        }
    }

    /// <param name="snapshotDate">The date of records without <c>snapshotDate</c>.</param>
    private static IReadOnlyList<LabeledExample> Examples(RuleSet ruleSet, FileInfo[] enterprises, FileInfo inspections, DateOnly? from, DateOnly to, DateOnly snapshotDate, Encoding? encoding)
    {
        var (snapshots, invalid) = SnapshotReader.ReadFiles(enterprises.Select(f => f.FullName), snapshotDate, encoding);
        var outcomes = InspectionReader.ReadFile(inspections.FullName);
        var (examples, unmatched) = TrainingSetBuilder.Build(new FeatureExtractor(ruleSet), snapshots, outcomes, from, to);
        if (invalid + unmatched > 0)
        {
            Console.Error.WriteLine($"warning: {invalid} invalid enterprise records skipped, {unmatched} inspections with no earlier snapshot skipped");
        }

        return examples;
    }

    private static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is ModelSchemaMismatchException or RecordFormatException or FormatException or FileNotFoundException or InvalidOperationException or InvalidDataException or IOException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InputRefused;
        }
    }
}
