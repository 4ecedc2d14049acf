using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Host.Tests.Pipeline;

/// <summary>
/// Seeded damage to contract records, as bureaus' and enterprises' files and hostile callers bring it: each call names
/// the kind of damage so the fuzz run can report what it tried. Same seed, same inputs.
/// </summary>
internal sealed class RecordMutator(int seed)
{
    // A lone surrogate cannot pass through the JSON writer; the marker is swapped for its escape in the text.
    private const string LoneSurrogateMarker = "__LONE_SURROGATE__";

    private static readonly JsonSerializerOptions Written = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] EnumFields = ["kind", "constructionType", "managementClass", "type", "fuel", "ultraLowStatus", "creditRating", "pollutant"];

    private readonly Random _random = new(seed);

    public int Next(int max) => _random.Next(max);

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

    public static string Write(JsonNode node) =>
        node.ToJsonString(Written).Replace(LoneSurrogateMarker, "\\udc00", StringComparison.Ordinal);

    /// <summary>Damages one value of <paramref name="record"/> (a copy) and returns the kind of damage with the text.</summary>
    public (string Kind, string Json) Mutate(JsonObject record, IReadOnlyList<string> earlierIds)
    {
        var copy = record.DeepClone().AsObject();
        var values = Values(copy).ToList();
        var (parent, key) = Pick(values);
        string kind;
        switch (_random.Next(13))
        {
            case 0:
                kind = "wrong-type";
                Set(parent, key, WrongType(Get(parent, key)));
                break;
            case 1:
                kind = "missing-field";
                Remove(parent, key);
                break;
            case 2:
                kind = "nul";
                Set(parent, key, "前\0后");
                break;
            case 3:
                kind = "lone-surrogate";
                Set(parent, key, "前" + LoneSurrogateMarker);
                break;
            case 4:
                kind = "replacement-char";
                Set(parent, key, "赣州\uFFFD市");
                break;
            case 5:
                kind = "huge-string";
                Set(parent, key, new string('长', Pick([300, 5_000, 200_000])));
                break;
            case 6:
                kind = "deep-nesting";
                var depth = Pick([65, 300, 5_000]);
                return (kind, Write(copy).Replace("\"kind\":", $"\"deep\":{new string('[', depth)}{new string(']', depth)},\"kind\":", StringComparison.Ordinal));
            case 7:
                kind = "invalid-enum";
                var enums = values.Where(v => v.Key is string name && EnumFields.Contains(name)).ToList();
                var (enumParent, enumKey) = enums.Count > 0 ? Pick(enums) : (parent, key);
                Set(enumParent, enumKey, Pick(["bogus", "", "KEY", "煤", " key", "key\u3000"]));
                break;
            case 8 when earlierIds.Count > 0:
                kind = "duplicate-id";
                copy["id"] = Pick(earlierIds);
                break;
            case 9:
                kind = "control-char";
                Set(parent, key, "a\u0001b\u001fc\u007f");
                break;
            case 10:
                kind = "null-value";
                Set(parent, key, null);
                break;
            case 11:
                kind = "number-edge";
                Set(parent, key, JsonNode.Parse(Pick(["1e309", "-1", "0", "1.5", "99999999999999999999999", "-0", "2147483648"])));
                break;
            default:
                kind = "nested-record";
                Set(parent, key, record.DeepClone());
                break;
        }

        return (kind, Write(copy));
    }

    /// <summary>Breaks the JSON text itself (the record can no longer be read as JSON, or is not an object).</summary>
    public (string Kind, byte[] Body) Break(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        switch (_random.Next(11))
        {
            case 0: return ("truncated", bytes[..(1 + _random.Next(bytes.Length - 1))]);
            case 1: return ("stray-quote", Encoding.UTF8.GetBytes(json.Insert(_random.Next(json.Length), "\"")));
            case 2: return ("raw-control", Encoding.UTF8.GetBytes(json.Replace("\": \"", "\": \"\u0000\u0002", StringComparison.Ordinal)));
            case 3: return ("trailing-comma", Encoding.UTF8.GetBytes(json.TrimEnd()[..^1] + ",}"));
            case 4:
                var broken = (byte[])bytes.Clone();
                broken[_random.Next(broken.Length)] = Pick<byte>([0xFF, 0xC0, 0x80, 0xED]);
                return ("invalid-utf8", broken);
            case 5: return ("not-a-record", Encoding.UTF8.GetBytes(Pick(["", " ", "null", "42", "\"text\"", "[]", "[[]]", "{}", "[null,1,\"x\"]", "true"])));
            case 6: return ("utf16-text", Encoding.Unicode.GetBytes(json));
            case 7: return ("two-documents", Encoding.UTF8.GetBytes(json + json));
            case 8: return ("utf8-bom", [0xEF, 0xBB, 0xBF, .. bytes]);
            case 9: return ("duplicate-key", Encoding.UTF8.GetBytes(json.Replace("\"id\":", "\"id\": \"FZ-SHADOW\", \"id\":", StringComparison.Ordinal)));
            default: return ("single-quotes", Encoding.UTF8.GetBytes(json.Replace('"', '\'')));
        }
    }

    private (JsonNode Parent, object Key) Pick(List<(JsonNode Parent, object Key)> values) => values[_random.Next(values.Count)];

    private static IEnumerable<(JsonNode Parent, object Key)> Values(JsonNode node)
    {
        var children = node switch
        {
            JsonObject o => o.Select(p => ((object)p.Key, p.Value)).ToList(),
            JsonArray a => a.Select((v, i) => ((object)i, v)).ToList(),
            _ => [],
        };
        foreach (var (key, child) in children)
        {
            yield return (node, key);
            if (child is not null)
            {
                foreach (var inner in Values(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private static JsonNode? Get(JsonNode parent, object key) => key is string name ? parent[name] : parent[(int)key];

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (key is string name)
        {
            parent[name] = value;
        }
        else
        {
            parent[(int)key] = value;
        }
    }

    private static void Remove(JsonNode parent, object key)
    {
        if (key is string name)
        {
            parent.AsObject().Remove(name);
        }
        else
        {
            parent.AsArray().RemoveAt((int)key);
        }
    }

    private JsonNode? WrongType(JsonNode? value) => value?.GetValueKind() switch
    {
        JsonValueKind.String => JsonValue.Create(_random.Next(1000)),
        JsonValueKind.Number => JsonValue.Create("12.5吨"),
        JsonValueKind.True or JsonValueKind.False => JsonValue.Create("yes"),
        JsonValueKind.Object => new JsonArray(1, 2),
        JsonValueKind.Array => new JsonObject { ["0"] = "x" },
        _ => JsonValue.Create(true),
    };
}
