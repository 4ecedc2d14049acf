namespace ComplianceEngine.Risk.Training;

/// <summary>A saved model was trained on other features than this build computes: scoring with it would be wrong.</summary>
public sealed class ModelSchemaMismatchException(string path, string expected, string found, string detail)
    : Exception($"model '{path}' was trained on feature schema {found}, but this build computes {expected}: {detail}. Retrain the model with 'risk train'.")
{
    public string Expected { get; } = expected;
    public string Found { get; } = found;
}
