using System.Text.Json.Nodes;

namespace ComplianceEngine.Core.Tests.Records;

/// <summary>Builds test records by changing one field of a valid one.</summary>
internal static class RecordJson
{
    public const string Remove = "<remove>";

    /// <summary>
    /// Sets <paramref name="dottedPath"/> (e.g. <c>facilities[1].capacityTph</c>) of <paramref name="json"/> to the
    /// JSON <paramref name="value"/>, or removes it when the value is <see cref="Remove"/>.
    /// </summary>
    public static string With(string json, string dottedPath, string value)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        Set(root, dottedPath, value);
        return root.ToJsonString();
    }

    public static void Set(JsonObject root, string dottedPath, string value)
    {
        var parts = dottedPath.Split('.');
        JsonNode node = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            node = Step(node, parts[i])!;
        }

        var last = parts[^1];
        var bracket = last.IndexOf('[');
        if (bracket >= 0)
        {
            var array = node[last[..bracket]]!.AsArray();
            var index = int.Parse(last[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            if (value == Remove)
            {
                array.RemoveAt(index);
            }
            else
            {
                array[index] = JsonNode.Parse(value);
            }

            return;
        }

        var target = node.AsObject();
        if (value == Remove)
        {
            target.Remove(last);
        }
        else
        {
            target[last] = JsonNode.Parse(value);
        }
    }

    private static JsonNode? Step(JsonNode node, string part)
    {
        var bracket = part.IndexOf('[');
        if (bracket < 0)
        {
            return node[part];
        }

        var index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
        return node[part[..bracket]]![index];
    }
}
