using System.Text.Json.Nodes;

namespace ComplianceEngine.Host.Pages.Projects;

/// <summary>
/// The project entry form, derived from the contract's own JSON Schema (<c>rules/schema/record.schema.json</c>, the
/// schema the record reader documents), so the form asks for what the contract names, revision-2 fields included, and
/// nothing else. Read once per schema file.
/// </summary>
public sealed class ProjectForm
{
    /// <summary>Rows offered for <c>facilities[]</c>: a file upload takes any number.</summary>
    public const int FacilityRows = 2;

    private ProjectForm(IReadOnlyList<ProjectFormField> fields, IReadOnlyList<string> requiredObjects)
    {
        Fields = fields;
        RequiredObjects = requiredObjects;
    }

    /// <summary>Every input, in the schema's order.</summary>
    public IReadOnlyList<ProjectFormField> Fields { get; }

    /// <summary>Objects the contract requires (<c>site</c>): always sent, so a missing member is reported at its own path.</summary>
    public IReadOnlyList<string> RequiredObjects { get; }

    /// <summary>Reads the project definition of <paramref name="schemaPath"/>; throws <see cref="InvalidOperationException"/> when it has none.</summary>
    public static ProjectForm Load(string schemaPath)
    {
        var root = JsonNode.Parse(File.ReadAllText(schemaPath))!.AsObject();
        var definitions = root["definitions"]?.AsObject() ?? throw new InvalidOperationException($"{schemaPath}: no definitions");
        var project = definitions["project"]?.AsObject() ?? throw new InvalidOperationException($"{schemaPath}: no project definition");
        var fields = new List<ProjectFormField>();
        var objects = new List<string>();
        new SchemaWalk(definitions, fields, objects).Object(project, "", required: true);
        return new ProjectForm(fields, objects);
    }

    private sealed class SchemaWalk(JsonObject definitions, List<ProjectFormField> fields, List<string> objects)
    {
        public void Object(JsonObject schema, string prefix, bool required)
        {
            var requiredNames = schema["required"]?.AsArray().Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
            foreach (var (name, value) in schema["properties"]?.AsObject() ?? [])
            {
                // The kind is fixed: this form makes project records only.
                if (prefix.Length == 0 && name == "kind")
                {
                    continue;
                }

                var path = prefix + name;
                var isRequired = required && requiredNames.Contains(name);
                var property = Resolve(value!.AsObject());
                var type = TypeOf(property);
                if (type == "object")
                {
                    if (isRequired)
                    {
                        objects.Add(path);
                    }

                    Object(property, path + ".", isRequired);
                }
                else if (type == "array")
                {
                    Array(property, path);
                }
                else
                {
                    var options = Options(property);
                    var input = type switch
                    {
                        "boolean" => FieldInput.Boolean,
                        "number" or "integer" => FieldInput.Number,
                        _ when options.Count > 0 => FieldInput.Choice,
                        _ when property["format"]?.GetValue<string>() == "date" => FieldInput.Date,
                        _ => FieldInput.Text,
                    };
                    fields.Add(new ProjectFormField(path, input, isRequired, options));
                }
            }
        }

        private void Array(JsonObject property, string path)
        {
            var items = Resolve(property["items"]!.AsObject());
            if (TypeOf(items) == "object")
            {
                for (var row = 0; row < FacilityRows; row++)
                {
                    Object(items, $"{path}[{row}].", required: false);
                }

                return;
            }

            var options = Options(items);
            fields.Add(new ProjectFormField(path, options.Count > 0 ? FieldInput.Choices : FieldInput.List, false, options));
        }

        // $ref is followed; a oneOf of null and one shape is that shape (null is what an empty input means anyway).
        private JsonObject Resolve(JsonObject schema)
        {
            if (schema["$ref"]?.GetValue<string>() is { } reference)
            {
                return Resolve(definitions[reference["#/definitions/".Length..]]!.AsObject());
            }

            if (schema["oneOf"] is JsonArray choices)
            {
                var shapes = choices.Select(c => Resolve(c!.AsObject())).Where(c => TypeOf(c) != "null").ToList();
                return shapes.Count == 1 ? shapes[0] : throw new InvalidOperationException($"a oneOf of {shapes.Count} shapes has no form input");
            }

            return schema;
        }

        private static string TypeOf(JsonObject schema) => schema["type"] switch
        {
            JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
            JsonValue one => one.GetValue<string>(),
            _ => "string",
        };

        private static List<string> Options(JsonObject schema) =>
            schema["enum"] is JsonArray values ? [.. values.OfType<JsonValue>().Select(v => v.GetValue<string>())] : [];
    }
}
