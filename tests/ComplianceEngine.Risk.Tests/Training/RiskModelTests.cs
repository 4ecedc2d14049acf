using System.Text.Json.Nodes;
using ComplianceEngine.Risk.Evaluation;
using ComplianceEngine.Risk.Features;
using ComplianceEngine.Risk.Training;

namespace ComplianceEngine.Risk.Tests.Training;

public sealed class RiskModelTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "ce-risk-" + Guid.NewGuid().ToString("N"));

    public RiskModelTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Load_GivesSameScores_WhenSavedModelIsReloaded()
    {
        var model = Fixture.TrainedModel;
        var path = Path.Combine(_dir, "model.zip");
        model.Save(path);

        var loaded = RiskModel.Load(path);
        var features = Fixture.PanelData.From(Fixture.Cutoff).Select(e => e.Features.Values).ToArray();

        Assert.Equal(model.Score(features), loaded.Score(features));
        Assert.Equal(model.Metadata.TrainingDataHash, loaded.Metadata.TrainingDataHash);
        Assert.Equal(model.Version, loaded.Version);
    }

    [Fact]
    public void Load_ThrowsSchemaMismatch_WhenSidecarNamesAnotherSchema()
    {
        var path = Path.Combine(_dir, "model.zip");
        Fixture.TrainedModel.Save(path);
        var meta = JsonNode.Parse(File.ReadAllText(RiskModel.MetadataPath(path)))!.AsObject();
        meta["featureSchemaVersion"] = "risk-features/0";
        meta["featureSchemaFingerprint"] = "0000";
        meta["featureNames"]!.AsArray().RemoveAt(0);
        File.WriteAllText(RiskModel.MetadataPath(path), meta.ToJsonString());

        var e = Assert.Throws<ModelSchemaMismatchException>(() => RiskModel.Load(path));

        Assert.Contains("risk-features/0", e.Message);
        Assert.Contains(FeatureSchema.Version, e.Message);
        Assert.Contains(FeatureSchema.Names[0], e.Message);
    }

    [Fact]
    public void Train_RecordsCandidatesSplitAndSchema_WhenTrained()
    {
        var meta = Fixture.TrainedModel.Metadata;

        Assert.Equal(["LightGbm", "FastTree", "LbfgsLogisticRegression"], meta.Candidates.Select(c => c.Trainer));
        Assert.Equal(meta.Candidates.Max(c => c.ValidationAuc), meta.Candidates.Single(c => c.Trainer == meta.Trainer).ValidationAuc);
        Assert.Equal(new DateOnly(2024, 1, 1), meta.ValidationFrom);
        Assert.Equal(FeatureSchema.Fingerprint, meta.FeatureSchemaFingerprint);
        Assert.True(meta.TrainingRows > 0 && meta.ValidationRows > 0);
    }

    [Fact]
    public void Train_Refuses_WhenAnExampleIsOnOrAfterTheCutoff()
    {
        Assert.Throws<ArgumentException>(() => RiskTrainer.Train(Fixture.PanelData.Examples, Fixture.Cutoff, "v"));
    }

    [Fact]
    public void Score_IsCalibratedAndRanks_WhenAppliedToHeldOutYear()
    {
        var test = Fixture.PanelData.From(Fixture.Cutoff);
        var scores = Fixture.TrainedModel.Score(test.Select(e => e.Features.Values).ToArray());
        var labels = test.Select(e => e.Label).ToArray();

        // Small data (a few hundred held-out inspections): loose bounds that a broken calibration still fails.
        Assert.InRange(scores.Average() - labels.Average(l => l ? 1.0 : 0.0), -0.05, 0.05);
        Assert.True(Metrics.ExpectedCalibrationError(scores, labels) < 0.08);
        Assert.True(Metrics.RocAuc(scores, labels) > 0.65);
        Assert.All(scores, s => Assert.InRange(s, 0.0, 1.0));
    }
}
