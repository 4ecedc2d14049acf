using System.Diagnostics;
using System.Security.Cryptography;
using ComplianceEngine.Risk.Data;
using ComplianceEngine.Risk.Evaluation;
using ComplianceEngine.Risk.Features;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ComplianceEngine.Risk.Training;

/// <summary>
/// Trains the risk model on inspection outcomes with a time split: examples inspected in the year before
/// <c>trainedBefore</c> validate, earlier ones train. Each candidate trainer is fitted on the training part; the one
/// with the best validation ROC AUC is kept, and a Platt calibrator fitted on its validation scores makes the
/// output a probability. Nothing dated on or after <c>trainedBefore</c> may be passed in.
/// </summary>
public static class RiskTrainer
{
    /// <param name="trainers">Names of the candidates to try (default all three); a subset is for measuring one trainer alone.</param>
    public static RiskModel Train(IReadOnlyList<LabeledExample> examples, DateOnly trainedBefore, string ruleSetVersion, TextWriter? log = null,
        IReadOnlyCollection<string>? trainers = null)
    {
        if (examples.Any(e => e.InspectionDate >= trainedBefore))
        {
            throw new ArgumentException($"examples must all be dated before {trainedBefore:yyyy-MM-dd}", nameof(examples));
        }

        var validationFrom = trainedBefore.AddYears(-1);
        var train = examples.Where(e => e.InspectionDate < validationFrom).ToArray();
        var valid = examples.Where(e => e.InspectionDate >= validationFrom).ToArray();
        if (train.Length == 0 || valid.Length == 0 || !train.Any(e => e.Label) || !valid.Any(e => e.Label) || train.All(e => e.Label))
        {
            throw new InvalidOperationException(
                $"need inspections with and without violations both before {validationFrom:yyyy-MM-dd} (training: {train.Length}) and from then to {trainedBefore:yyyy-MM-dd} (validation: {valid.Length})");
        }

        var ml = new MLContext(seed: 1);
        var trainData = ModelInput.Load(ml, train.Select(ToInput).ToArray());
        var validData = ModelInput.Load(ml, valid.Select(ToInput).ToArray());
        var validLabels = valid.Select(e => e.Label).ToArray();

        var candidates = new List<CandidateResult>();
        (ITransformer Model, int Index, double Auc)? best = null;
        for (var c = 0; c < TrainerCandidates.All.Count; c++)
        {
            var (name, _, create) = TrainerCandidates.All[c];
            if (trainers is not null && !trainers.Contains(name))
            {
                continue;
            }

            var watch = Stopwatch.StartNew();
            var model = create(ml).Fit(trainData);
            var scores = model.Transform(validData).GetColumn<float>("Score").Select(s => (double)s).ToArray();
            var auc = Metrics.RocAuc(scores, validLabels);
            candidates.Add(new CandidateResult(name, auc, watch.Elapsed.TotalSeconds));
            log?.WriteLine($"  {name}: validation ROC AUC {auc:F4} ({watch.Elapsed.TotalSeconds:F1} s)");
            if (best is null || auc > best.Value.Auc)
            {
                best = (model, c, auc);
            }
        }

        // The trainers' own probabilities are fitted on their training data; recalibrating on held-out validation
        // scores is what makes the output honest probabilities.
        var chosen = best!.Value;
        var calibrator = ml.BinaryClassification.Calibrators.Platt(labelColumnName: "Label", scoreColumnName: "Score")
            .Fit(chosen.Model.Transform(validData));
        var pipeline = new TransformerChain<ITransformer>(chosen.Model, calibrator);
        var probabilities = pipeline.Transform(validData).GetColumn<float>("Probability").Select(p => (double)p).ToArray();

        var metadata = new ModelMetadata
        {
            FeatureSchemaVersion = FeatureSchema.Version,
            FeatureSchemaFingerprint = FeatureSchema.Fingerprint,
            FeatureNames = FeatureSchema.Names,
            TrainingDataHash = Hash(train.Concat(valid)),
            TrainingRows = train.Length,
            ValidationRows = valid.Length,
            TrainedBefore = trainedBefore,
            ValidationFrom = validationFrom,
            SnapshotAfterInspectionRows = examples.Count(e => e.SnapshotAfterInspection),
            Trainer = TrainerCandidates.All[chosen.Index].Name,
            Parameters = TrainerCandidates.All[chosen.Index].Parameters,
            Calibrator = "Platt (fitted on validation scores)",
            Candidates = candidates,
            Metrics = new Dictionary<string, double>
            {
                ["validationRocAuc"] = chosen.Auc,
                ["validationPrAuc"] = Metrics.PrAuc(probabilities, validLabels),
                ["validationEce"] = Metrics.ExpectedCalibrationError(probabilities, validLabels),
                ["validationViolationRate"] = validLabels.Average(l => l ? 1.0 : 0.0),
            },
            RuleSetVersion = ruleSetVersion,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        return new RiskModel(ml, pipeline, metadata);
    }

    private static ModelInput ToInput(LabeledExample e) => new() { Features = e.Features.Values, Label = e.Label };

    /// <summary>SHA-256 over enterprise id, inspection date, label and feature bytes, in order.</summary>
    public static string Hash(IEnumerable<LabeledExample> examples)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var e in examples)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{e.Features.EnterpriseId}|{e.InspectionDate:yyyy-MM-dd}|{e.Label}|"));
            sha.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(e.Features.Values.AsSpan()));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
