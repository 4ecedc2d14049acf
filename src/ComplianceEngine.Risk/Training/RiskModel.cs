using System.Text.Json;
using ComplianceEngine.Risk.Features;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ComplianceEngine.Risk.Training;

/// <summary>
/// A trained, calibrated risk model: an ML.NET transformer whose <c>Probability</c> column is the chance an
/// inspection finds a violation, and its metadata. Saved as <c>NAME.zip</c> plus the sidecar <c>NAME.json</c>.
/// Scoring is a batch transform over all rows at once.
/// </summary>
public sealed class RiskModel
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;

    internal RiskModel(MLContext ml, ITransformer transformer, ModelMetadata metadata)
    {
        _ml = ml;
        _transformer = transformer;
        Metadata = metadata;
    }

    public ModelMetadata Metadata { get; }

    /// <summary>A short version for responses and lists: the first 12 hex digits of the training-data hash and trainer.</summary>
    public string Version => $"{Metadata.Trainer}-{Metadata.TrainingDataHash[..12]}";

    /// <summary>Calibrated probabilities for many feature vectors, in input order.</summary>
    public double[] Score(IReadOnlyList<float[]> features)
    {
        var data = ModelInput.Load(_ml, features.Select(f => new ModelInput { Features = f }));
        var scored = _transformer.Transform(data);
        var result = new double[features.Count];
        var i = 0;
        foreach (var p in scored.GetColumn<float>("Probability"))
        {
            result[i++] = p;
        }

        return result;
    }

    public double[] Score(IReadOnlyList<FeatureVector> vectors) => Score(vectors.Select(v => v.Values).ToArray());

    public static string MetadataPath(string modelPath) => Path.ChangeExtension(modelPath, ".json");

    public void Save(string path)
    {
        var schema = ModelInput.Load(_ml, []).Schema;
        _ml.Model.Save(_transformer, schema, path);
        File.WriteAllText(MetadataPath(path), JsonSerializer.Serialize(Metadata, JsonOptions));
    }

    /// <summary>Loads a model; <see cref="ModelSchemaMismatchException"/> when it was trained on another feature schema.</summary>
    public static RiskModel Load(string path)
    {
        var metaPath = MetadataPath(path);
        if (!File.Exists(metaPath))
        {
            throw new FileNotFoundException($"model metadata '{metaPath}' is missing: it records the feature schema the model needs", metaPath);
        }

        var metadata = JsonSerializer.Deserialize<ModelMetadata>(File.ReadAllText(metaPath), JsonOptions)
            ?? throw new InvalidDataException($"'{metaPath}' is empty");
        if (metadata.FeatureSchemaFingerprint != FeatureSchema.Fingerprint)
        {
            var missing = FeatureSchema.Names.Except(metadata.FeatureNames ?? []).ToArray();
            var extra = (metadata.FeatureNames ?? []).Except(FeatureSchema.Names).ToArray();
            var detail = missing.Length + extra.Length == 0
                ? "same names, different order or meaning"
                : $"{missing.Length} features missing from the model ({string.Join(", ", missing.Take(5))}), {extra.Length} unknown ({string.Join(", ", extra.Take(5))})";
            throw new ModelSchemaMismatchException(path, FeatureSchema.Version, metadata.FeatureSchemaVersion, detail);
        }

        var ml = new MLContext(seed: 1);
        var transformer = ml.Model.Load(path, out _);
        return new RiskModel(ml, transformer, metadata);
    }
}
