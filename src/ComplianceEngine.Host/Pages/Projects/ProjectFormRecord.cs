using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Primitives;

namespace ComplianceEngine.Host.Pages.Projects;

/// <summary>
/// Turns the posted form into a contract record for the one reader the API uses. Nothing is judged here: an empty
/// input is a field not given, and a value that is not what the field takes (letters in a number) is passed on as
/// text, so the reader refuses it with its own path and reason instead of the form guessing a value.
/// </summary>
public static partial class ProjectFormRecord
{
    /// <summary>The record as JSON: <c>kind</c> project, every non-empty input at its path, required objects always present.</summary>
    public static JsonObject From(ProjectForm form, IReadOnlyDictionary<string, StringValues> values)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(values);
        var root = new JsonObject { ["kind"] = "project" };
        foreach (var path in form.RequiredObjects)
        {
            Place(root, path, new JsonObject());
        }

        foreach (var field in form.Fields)
        {
            if (values.TryGetValue(field.Name, out var given) && Value(field, given) is { } node)
            {
                Place(root, field.Name, node);
            }
        }

        Compact(root);
        return root;
    }

    private static JsonNode? Value(ProjectFormField field, StringValues given)
    {
        if (field.Input == FieldInput.Choices)
        {
            var codes = given.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => JsonValue.Create(v!.Trim())).ToArray<JsonNode?>();
            return codes.Length == 0 ? null : new JsonArray(codes);
        }

        var text = given.ToString().Trim();
        if (text.Length == 0)
        {
            return null;
        }

        return field.Input switch
        {
            FieldInput.Number when JsonNumber().IsMatch(text) => JsonNode.Parse(text),
            FieldInput.Boolean when text is "true" or "false" => JsonValue.Create(text == "true"),
            FieldInput.List => new JsonArray([.. ListSeparator().Split(text).Where(s => s.Length > 0).Select(s => (JsonNode?)JsonValue.Create(s))]),
            _ => JsonValue.Create(text),
        };
    }

    // Paths are the reader's: dotted names, an array element as name[index].
    private static void Place(JsonObject root, string path, JsonNode value)
    {
        var parts = path.Split('.');
        JsonNode current = root;
        for (var i = 0; i < parts.Length; i++)
        {
            var (name, index) = Segment(parts[i]);
            var last = i == parts.Length - 1;
            var parent = current.AsObject();
            if (index is { } at)
            {
                // Rows are held by index in an object until Compact makes them an array.
                var rows = parent[name] as JsonObject ?? (JsonObject)(parent[name] = new JsonObject { [RowsMarker] = true });
                var key = at.ToString(System.Globalization.CultureInfo.InvariantCulture);
                current = last ? rows[key] = value : rows[key] as JsonObject ?? (rows[key] = new JsonObject());
            }
            else
            {
                current = last ? parent[name] = value : parent[name] as JsonObject ?? (parent[name] = new JsonObject());
            }
        }
    }

    private const string RowsMarker = "\u0000rows";

    // Rows become arrays in row order; rows left empty were never placed, so they are simply not there.
    private static void Compact(JsonObject node)
    {
        foreach (var name in node.Select(p => p.Key).ToList())
        {
            if (node[name] is not JsonObject child)
            {
                continue;
            }

            Compact(child);
            if (child.ContainsKey(RowsMarker))
            {
                child.Remove(RowsMarker);
                var rows = child.OrderBy(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture)).Select(r => r.Value).ToList();
                child.Clear();
                node[name] = new JsonArray([.. rows]);
            }
        }
    }

    private static (string Name, int? Index) Segment(string part)
    {
        var open = part.IndexOf('[', StringComparison.Ordinal);
        return open < 0 ? (part, null) : (part[..open], int.Parse(part[(open + 1)..^1], System.Globalization.CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$")]
    private static partial Regex JsonNumber();

    [GeneratedRegex(@"[\s,，、;；]+")]
    private static partial Regex ListSeparator();
}
