using System.Globalization;
using System.Text.Json;

namespace ComplianceEngine.Rules.Catalog;

/// <summary>Reads fields of catalog JSON, recording a <see cref="CatalogIssue"/> for each missing or mistyped one.</summary>
internal sealed class JsonFields(string file, List<CatalogIssue> issues)
{
    public string File { get; } = file;

    public void Issue(string location, string reason) => issues.Add(new CatalogIssue(File, location, reason));

    public string? Text(JsonElement obj, string name, string location, bool required = true)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v))
        {
            if (v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s)
            {
                return s;
            }

            if (v.ValueKind != JsonValueKind.Null || required)
            {
                Issue($"{location}.{name}", "expected a non-empty string");
            }

            return null;
        }

        if (required)
        {
            Issue($"{location}.{name}", "required field is missing");
        }

        return null;
    }

    public DateOnly? Date(JsonElement obj, string name, string location, bool required = true)
    {
        var s = Text(obj, name, location, required);
        if (s is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        Issue($"{location}.{name}", $"'{s}' is not a date (yyyy-MM-dd)");
        return null;
    }

    public IReadOnlyList<string> Strings(JsonElement obj, string name, string location, bool required = true)
    {
        if (!obj.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Issue($"{location}.{name}", "required field is missing (use [] for none)");
            }

            return [];
        }

        if (v.ValueKind != JsonValueKind.Array || v.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
        {
            Issue($"{location}.{name}", "expected an array of strings");
            return [];
        }

        return v.EnumerateArray().Select(x => x.GetString()!).ToArray();
    }

    public JsonElement? Object(JsonElement obj, string name, string location, bool required = true)
    {
        if (obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object)
        {
            return v;
        }

        if (required || (obj.TryGetProperty(name, out var other) && other.ValueKind != JsonValueKind.Null))
        {
            Issue($"{location}.{name}", required && !obj.TryGetProperty(name, out _) ? "required field is missing" : "expected an object");
        }

        return null;
    }

    /// <summary>Reports properties not in the allowed set: unknown fields are errors in the catalog.</summary>
    public void OnlyKnown(JsonElement obj, string location, IReadOnlySet<string> allowed)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var p in obj.EnumerateObject())
        {
            if (!allowed.Contains(p.Name))
            {
                Issue($"{location}.{p.Name}", "unknown field");
            }
        }
    }
}
