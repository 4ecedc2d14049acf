using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplianceEngine.Data.Audit;

/// <summary>
/// Reads a finding's stored facts back as plain values, the kinds the catalog's fact expressions yield and the notice
/// renderer reads (<c>FindingReasons</c>): strings, numbers (<see cref="long"/> when integral, else <see cref="double"/>),
/// booleans, null, lists and nested objects. Without it the facts come back as <see cref="JsonElement"/>s, which no
/// reader of a finding recognises, and a notice made from a stored evaluation would lose its pollutant, month and limit.
/// Dates come back as their <c>yyyy-MM-dd</c> text: JSON does not say a string was a date.
/// </summary>
public sealed class FactValues : JsonConverter<IReadOnlyDictionary<string, object?>>
{
    public override IReadOnlyDictionary<string, object?> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? Object(document.RootElement)
            : throw new JsonException($"facts: expected an object, got {document.RootElement.ValueKind}");
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var (name, fact) in value)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, fact, options);
        }

        writer.WriteEndObject();
    }

    private static Dictionary<string, object?> Object(JsonElement element)
    {
        var facts = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            facts[property.Name] = Value(property.Value);
        }

        return facts;
    }

    private static object? Value(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? (object)whole : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(Value).ToList(),
        JsonValueKind.Object => Object(element),
        _ => null,
    };
}
