using ComplianceEngine.Risk.Data;
using ComplianceEngine.Risk.Features;
using ComplianceEngine.Risk.Training;
using ComplianceEngine.Rules;
using ComplianceEngine.Synthetic.Risk;

namespace ComplianceEngine.Host.Tests.Risk;

/// <summary>A risk model really trained (once per test run) on a small synthetic panel, saved where a host can load it.</summary>
public static class TrainedModel
{
    private static readonly Lazy<string> File = new(Train);

    public static string Path => File.Value;

    private static string Train()
    {
        var rules = RuleSetLoader.Load(HostFactory.RepositoryFile("rules"));
        var generator = new RiskPanelGenerator(seed: 5, firstYear: 2022, years: 4);
        var years = Enumerable.Range(1, 1000).SelectMany(generator.Next).ToArray();
        var snapshots = years.Select(y => new EnterpriseSnapshot(y.Snapshot, y.SnapshotDate)).ToArray();
        var inspections = years.Where(y => y.Inspection is not null)
            .Select(y => new InspectionOutcome(y.Inspection!.EnterpriseId, y.Inspection.Date, y.Inspection.ViolationFound, y.Inspection.TrueProbability)).ToArray();
        var cutoff = new DateOnly(2025, 6, 1);
        var (examples, _) = TrainingSetBuilder.Build(new FeatureExtractor(rules), snapshots, inspections, null, cutoff);
        var model = RiskTrainer.Train(examples, cutoff, rules.Version);
        var path = System.IO.Path.Combine(Directory.CreateTempSubdirectory("ce-host-model-").FullName, "risk.zip");
        model.Save(path);
        return path;
    }
}
