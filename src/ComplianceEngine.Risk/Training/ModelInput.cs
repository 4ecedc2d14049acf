using Microsoft.ML;
using Microsoft.ML.Data;
using ComplianceEngine.Risk.Features;

namespace ComplianceEngine.Risk.Training;

/// <summary>The row ML.NET sees: the feature vector and, when training, the label.</summary>
internal sealed class ModelInput
{
    public float[] Features { get; set; } = [];
    public bool Label { get; set; }

    /// <summary>The schema with the feature vector's fixed length, which ML.NET needs to know up front.</summary>
    public static SchemaDefinition Schema()
    {
        var schema = SchemaDefinition.Create(typeof(ModelInput));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, FeatureSchema.Count);
        return schema;
    }

    public static IDataView Load(MLContext ml, IEnumerable<ModelInput> rows) => ml.Data.LoadFromEnumerable(rows, Schema());
}
