using System.Text.Json.Nodes;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Data.Paging;
using ComplianceEngine.Host.Apis;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ComplianceEngine.Host.OpenApi;

/// <summary>
/// Schemas the generator cannot infer (a record returned as raw JSON is described by <see cref="RecordSchema"/>): a
/// screening result (<see cref="JsonObject"/>) is an <see cref="EvaluationResult"/> plus its index and
/// audit-trail id; query parameters that endpoints parse themselves (so a bad value is a named 400) get their type.
/// </summary>
public sealed class ApiSchemas : IOpenApiSchemaTransformer, IOpenApiOperationTransformer
{
    /// <summary>The component name of a screening result (a <see cref="JsonObject"/> in the response type).</summary>
    public const string ScreeningResult = "ScreeningResult";

    /// <summary>The component name of a record returned as imported (a <see cref="System.Text.Json.JsonElement"/>).</summary>
    public const string ImportedRecord = "ImportedRecord";

    /// <summary>Component names: the domain's for the two raw-JSON types, the framework's for every other type.</summary>
    public static string? ReferenceId(System.Text.Json.Serialization.Metadata.JsonTypeInfo type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Type == typeof(JsonObject) ? ScreeningResult
            : type.Type == typeof(System.Text.Json.JsonElement) ? ImportedRecord
            : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
    }

    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(JsonObject))
        {
            var result = await context.GetOrCreateSchemaAsync(typeof(EvaluationResult), null, cancellationToken);
            schema.Type = null;
            schema.Description = "One submitted record's result, in submission order: the evaluation plus its index in the request and, when stored, its audit-trail id (GET /api/v1/evaluations/{id})";
            schema.AllOf =
            [
                result,
                new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "index" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["index"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                        ["evaluationId"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" },
                    },
                },
            ];
        }
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            parameter.Schema = parameter.Name switch
            {
                QueryParameters.Page => Integer(1, null),
                QueryParameters.PageSize => Integer(1, PageRequest.MaxPageSize),
                "top" => Integer(1, RiskListApi.MaxTop),
                "asOf" => new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" },
                _ => parameter.Schema,
            };
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Integer(int minimum, int? maximum) => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Maximum = maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
