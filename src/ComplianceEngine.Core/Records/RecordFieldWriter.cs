using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Core.Records;

/// <summary>Writes one contract field of a record object; optional values are omitted when null (the contract's way).</summary>
internal static class RecordFieldWriter
{
    /// <summary>Unknown fields, after the contract's; a name the contract already wrote is not written twice.</summary>
    public static void Extra(Utf8JsonWriter w, JsonObject? extra, HashSet<string> contractNames)
    {
        if (extra is null)
        {
            return;
        }

        foreach (var (name, value) in extra)
        {
            if (contractNames.Contains(name))
            {
                continue;
            }

            w.WritePropertyName(name);
            if (value is null)
            {
                w.WriteNullValue();
            }
            else
            {
                value.WriteTo(w);
            }
        }
    }

    public static void Str(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    public static void Num(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    public static void Int(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
    }

    public static void Bool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
    }

    public static void Date(Utf8JsonWriter w, string name, DateOnly value) =>
        w.WriteString(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static void Date(Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is { } v)
        {
            Date(w, name, v);
        }
    }
}
