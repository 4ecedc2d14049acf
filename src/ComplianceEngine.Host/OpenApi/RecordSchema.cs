using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ComplianceEngine.Host.Catalog;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ComplianceEngine.Host.OpenApi;

/// <summary>
/// Describes record request bodies with the contract's own JSON Schema (<c>rules/schema/record.schema.json</c>, the
/// one the record reader documents) instead of an untyped object: the schema becomes the component <c>Record</c>, each
/// of its definitions <c>Record.&lt;name&gt;</c>, the bodies of <see cref="BodyOperations"/> one record or an array,
/// and a record returned as raw JSON (<see cref="JsonElement"/>) a <c>Record</c>.
/// </summary>
public sealed partial class RecordSchema(RuleSetHolder catalog) : IOpenApiDocumentTransformer
{
    public const string ComponentName = "Record";

    /// <summary>Operations (by endpoint name) whose request body is one contract record or an array of them.</summary>
    public static readonly IReadOnlySet<string> BodyOperations = new HashSet<string>(StringComparer.Ordinal) { "Screen", "ImportRecords" };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var path = Path.Combine(catalog.Directory, "schema", "record.schema.json");
        var root = JsonNode.Parse(DefinitionRef().Replace(File.ReadAllText(path), $"\"$ref\": \"#/components/schemas/{ComponentName}.$1\""))!.AsObject();
        var definitions = root["definitions"]?.AsObject() ?? [];
        root.Remove("definitions");
        root.Remove("$schema");
        root.Remove("$id");
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (name, definition) in definitions)
        {
            document.Components.Schemas[$"{ComponentName}.{name}"] = Parse(definition!.ToJsonString(), document, path);
        }

        document.Components.Schemas[ComponentName] = Parse(root.ToJsonString(), document, path);
        // A record returned as raw JSON (JsonElement, e.g. an enterprise as imported) is a contract record too.
        if (document.Components.Schemas.ContainsKey(ApiSchemas.ImportedRecord))
        {
            document.Components.Schemas[ApiSchemas.ImportedRecord] = new OpenApiSchema
            {
                Description = "A contract record as imported (rules/schema/record.schema.json)",
                AllOf = [new OpenApiSchemaReference(ComponentName, document)],
            };
        }

        var body = new OpenApiSchema
        {
            OneOf =
            [
                new OpenApiSchemaReference(ComponentName, document),
                new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference(ComponentName, document) },
            ],
        };
        foreach (var operation in (document.Paths ?? []).Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            if (operation.OperationId is { } id && BodyOperations.Contains(id) && operation.RequestBody?.Content is { } content)
            {
                foreach (var media in content.Values)
                {
                    media.Schema = body;
                }
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Parse(string json, OpenApiDocument document, string path)
    {
        var schema = OpenApiModelFactory.Parse<OpenApiSchema>(json, OpenApiSpecVersion.OpenApi3_1, document, out var diagnostic, "json");
        return schema is not null && diagnostic?.Errors is not { Count: > 0 }
            ? schema
            : throw new InvalidOperationException($"{path}: not a schema OpenAPI can hold: {string.Join("; ", diagnostic?.Errors.Select(e => e.Message) ?? [])}");
    }

    [GeneratedRegex("\"\\$ref\"\\s*:\\s*\"#/definitions/([A-Za-z0-9_]+)\"")]
    private static partial Regex DefinitionRef();
}
