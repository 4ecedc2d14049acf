using System.Diagnostics;
using ComplianceEngine.Risk.Data;
using ComplianceEngine.Risk.Features;
using ComplianceEngine.Risk.Training;
using ComplianceEngine.Rules;
using ComplianceEngine.Synthetic.Risk;

namespace ComplianceEngine.Benchmarks;

/// <summary>
/// The risk model's speed targets, measured once with a stopwatch (a BenchmarkDotNet run would repeat a minute-long
/// training many times): training on 200,000 enterprise-years and scoring 1,000,000 enterprises in one batch.
/// <c>dotnet run -c Release --project bench/ComplianceEngine.Benchmarks -- risk-targets [enterprises]</c>
/// </summary>
internal static class RiskTargets
{
    public static void Run(int enterprises)
    {
        var rules = RuleSetLoader.Load(RulesDirectory.Resolve(null));
        var extractor = new FeatureExtractor(rules);
        const int years = 5;
        var generator = new RiskPanelGenerator(seed: 2026, firstYear: 2021, years: years);

        // Every enterprise-year is labelled (as if all were inspected, outcome drawn from the true probability): this
        // measures training on 200,000 rows, not the inspection bias, which the evaluation report covers.
        var label = new Random(5);
        var examples = new List<LabeledExample>(enterprises * years);
        var generate = TimeSpan.Zero;
        var features = TimeSpan.Zero;
        const int chunk = 5000;
        for (var start = 1; start <= enterprises; start += chunk)
        {
            var watch = Stopwatch.StartNew();
            var panel = Enumerable.Range(start, Math.Min(chunk, enterprises - start + 1)).SelectMany(generator.Next).ToArray();
            generate += watch.Elapsed;
            watch.Restart();
            var vectors = extractor.ComputeAll([.. panel.Select(y => (y.Snapshot, y.SnapshotDate))]);
            features += watch.Elapsed;
            examples.AddRange(panel.Select((y, i) => new LabeledExample(vectors[i], y.SnapshotDate.AddDays(label.Next(365)), label.NextDouble() < y.TrueProbability, y.TrueProbability)));
        }

        Console.WriteLine($"enterprise-years: {examples.Count:N0} (generated in {generate.TotalSeconds:F1} s; features from records and findings in {features.TotalSeconds:F1} s, {examples.Count / features.TotalSeconds:N0}/s)");

        var train = Stopwatch.StartNew();
        var model = RiskTrainer.Train(examples, new DateOnly(2021 + years, 1, 1), rules.Version, Console.Out);
        train.Stop();
        Console.WriteLine($"training (3 candidates + calibration) on {examples.Count:N0} rows: {train.Elapsed.TotalSeconds:F1} s; kept {model.Metadata.Trainer}");
        foreach (var c in model.Metadata.Candidates)
        {
            Console.WriteLine($"  {c.Trainer}: {c.Seconds:F1} s");
        }

        // One million feature vectors: the panel's, repeated; scoring cost does not depend on the values.
        var million = Enumerable.Range(0, 1_000_000).Select(i => examples[i % examples.Count].Features.Values).ToArray();
        model.Score(million.Take(1000).ToArray());
        var score = Stopwatch.StartNew();
        var scores = model.Score(million);
        score.Stop();
        Console.WriteLine($"scoring {scores.Length:N0} enterprises (batch transform): {score.Elapsed.TotalSeconds:F2} s; mean p {scores.Average():F3}");
        // The kept model on these data is the logistic one; a tree ensemble costs more per row, so measure that too.
        var trees = RiskTrainer.Train(examples, new DateOnly(2021 + years, 1, 1), rules.Version, null, ["LightGbm"]);
        trees.Score(million.Take(1000).ToArray());
        var treeScore = Stopwatch.StartNew();
        trees.Score(million);
        Console.WriteLine($"scoring {million.Length:N0} enterprises with the LightGBM candidate instead: {treeScore.Elapsed.TotalSeconds:F2} s");
        Console.WriteLine($"end to end from records at the measured feature rate: {(1_000_000 / (examples.Count / features.TotalSeconds)) + score.Elapsed.TotalSeconds:F1} s per million");
        Console.WriteLine($"cores: {Environment.ProcessorCount}, load average: {File.ReadAllText("/proc/loadavg").Trim()}");
    }
}
