namespace ComplianceEngine.Risk.Features;

/// <summary>
/// The risk features of one enterprise as of one date, in the order of <see cref="FeatureSchema.Names"/>
/// (version <see cref="FeatureSchema.Version"/>). Built only by <see cref="FeatureExtractor"/>, for training and
/// scoring alike.
/// </summary>
public sealed record FeatureVector(string EnterpriseId, DateOnly AsOf, float[] Values)
{
    public string SchemaVersion => FeatureSchema.Version;

    public float this[string name] => Values[FeatureSchema.IndexOf(name)];
}
