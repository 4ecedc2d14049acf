using ComplianceEngine.Core.Records;
using ComplianceEngine.Risk.Data;
using ComplianceEngine.Risk.Features;
using ComplianceEngine.Risk.Training;
using ComplianceEngine.Rules;
using ComplianceEngine.Synthetic.Risk;

namespace ComplianceEngine.Risk.Tests;

/// <summary>
/// Shared, built once: the shipped rule set, a small synthetic panel (1,500 enterprises × 4 years, 2022–2025) and a
/// model really trained on it with a cut-off of 2025-01-01 (train 2022–2023, validate 2024; 2025 is held out).
/// </summary>
internal static class Fixture
{
    public static readonly DateOnly Cutoff = new(2025, 1, 1);

    private static readonly Lazy<RuleSet> Rules = new(() => RuleSetLoader.Load(RulesDirectory.Resolve(null)));
    private static readonly Lazy<Panel> Data = new(BuildPanel);
    private static readonly Lazy<RiskModel> Model = new(() => RiskTrainer.Train(Data.Value.Before(Cutoff), Cutoff, RuleSet.Version));

    public static RuleSet RuleSet => Rules.Value;
    public static FeatureExtractor Extractor => new(RuleSet);
    public static Panel PanelData => Data.Value;
    public static RiskModel TrainedModel => Model.Value;

    private static Panel BuildPanel()
    {
        var generator = new RiskPanelGenerator(seed: 11, firstYear: 2022, years: 4);
        var years = Enumerable.Range(1, 1500).SelectMany(generator.Next).ToArray();
        var snapshots = years.Select(y => new EnterpriseSnapshot(y.Snapshot, y.SnapshotDate)).ToArray();
        var inspections = years.Where(y => y.Inspection is not null)
            .Select(y => new InspectionOutcome(y.Inspection!.EnterpriseId, y.Inspection.Date, y.Inspection.ViolationFound, y.Inspection.TrueProbability)).ToArray();
        var (examples, _) = TrainingSetBuilder.Build(new FeatureExtractor(Rules.Value), snapshots, inspections, null, new DateOnly(2026, 1, 1));
        return new Panel(snapshots, inspections, examples);
    }
}

internal sealed record Panel(IReadOnlyList<EnterpriseSnapshot> Snapshots, IReadOnlyList<InspectionOutcome> Inspections, IReadOnlyList<LabeledExample> Examples)
{
    public IReadOnlyList<LabeledExample> Before(DateOnly date) => [.. Examples.Where(e => e.InspectionDate < date)];

    public IReadOnlyList<LabeledExample> From(DateOnly date) => [.. Examples.Where(e => e.InspectionDate >= date)];

    public IReadOnlyList<EnterpriseRecord> RecordsOf(int year) => [.. Snapshots.Where(s => s.SnapshotDate.Year == year).Select(s => s.Record)];
}
