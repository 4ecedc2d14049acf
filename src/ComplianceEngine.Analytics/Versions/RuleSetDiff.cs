using System.Text.Json.Nodes;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Analytics.Versions;

/// <summary>
/// The structural diff of two catalog snapshots, read from the files that decide outcomes (<c>catalog/</c>,
/// <c>parameters/</c>): what an approver reads beside the changelog entry. Pure; works on a folder's snapshot or a
/// stored version's bytes alike.
/// </summary>
public static class RuleSetDiff
{
    public static VersionDiff Compare(RuleSetSnapshot from, RuleSetSnapshot to) => new(
        RuleSetVersion.Compute(from),
        RuleSetVersion.Compute(to),
        Changes(Rules(from), Rules(to)),
        Changes(Items(from, "parameters", p => p["name"]?.GetValue<string>()), Items(to, "parameters", p => p["name"]?.GetValue<string>())),
        Changes(Items(from, "limits", LimitKey), Items(to, "limits", LimitKey)));

    private static List<ItemChange> Changes(Dictionary<string, (string File, JsonNode Node)> before, Dictionary<string, (string File, JsonNode Node)> after)
    {
        var changes = new List<ItemChange>();
        foreach (var id in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var had = before.TryGetValue(id, out var old);
            var has = after.TryGetValue(id, out var now);
            if (had && has)
            {
                var fields = new List<FieldChange>();
                Walk("", old.Node, now.Node, fields);
                if (fields.Count > 0)
                {
                    changes.Add(new ItemChange(id, "changed", now.File, fields));
                }
            }
            else
            {
                changes.Add(has ? new ItemChange(id, "added", now.File, []) : new ItemChange(id, "removed", old.File, []));
            }
        }

        return changes;
    }

    // Leaf by leaf: an approver sees "values[0].value: 2025-12-31 → 2026-06-30", not two whole parameter objects.
    private static void Walk(string path, JsonNode? old, JsonNode? now, List<FieldChange> fields)
    {
        if (JsonNode.DeepEquals(old, now))
        {
            return;
        }

        if (old is JsonObject a && now is JsonObject b)
        {
            foreach (var key in a.Select(p => p.Key).Union(b.Select(p => p.Key)).Order(StringComparer.Ordinal))
            {
                Walk(path.Length == 0 ? key : $"{path}.{key}", a[key], b[key], fields);
            }
        }
        else if (old is JsonArray x && now is JsonArray y && x.Count == y.Count)
        {
            for (var i = 0; i < x.Count; i++)
            {
                Walk($"{path}[{i}]", x[i], y[i], fields);
            }
        }
        else
        {
            fields.Add(new FieldChange(path, old?.ToJsonString(), now?.ToJsonString()));
        }
    }

    private static Dictionary<string, (string File, JsonNode Node)> Rules(RuleSetSnapshot snapshot)
    {
        var rules = new Dictionary<string, (string, JsonNode)>(StringComparer.Ordinal);
        foreach (var path in snapshot.JsonFiles("catalog"))
        {
            foreach (var workflow in Parse(snapshot, path) as JsonArray ?? [])
            {
                foreach (var rule in workflow?["Rules"] as JsonArray ?? [])
                {
                    if (rule?["RuleName"]?.GetValue<string>() is { } id)
                    {
                        rules[id] = (path, rule);
                    }
                }
            }
        }

        return rules;
    }

    private static Dictionary<string, (string File, JsonNode Node)> Items(RuleSetSnapshot snapshot, string array, Func<JsonNode, string?> key)
    {
        var items = new Dictionary<string, (string, JsonNode)>(StringComparer.Ordinal);
        foreach (var path in snapshot.JsonFiles("parameters"))
        {
            foreach (var item in Parse(snapshot, path)?[array] as JsonArray ?? [])
            {
                if (item is not null && key(item) is { } id)
                {
                    items[id] = (path, item);
                }
            }
        }

        return items;
    }

    // A limit has no id: what it limits, where and from when is its identity; its value is what may change.
    private static string? LimitKey(JsonNode limit) =>
        string.Join(" ", limit["regime"]?.ToJsonString(), limit["pollutant"]?.ToJsonString(), limit["facilityTypes"]?.ToJsonString(),
            limit["fuel"]?.ToJsonString(), limit["cities"]?.ToJsonString(), limit["from"]?.ToJsonString()).Replace("\"", "", StringComparison.Ordinal);

    private static JsonNode? Parse(RuleSetSnapshot snapshot, string path)
    {
        try
        {
            return JsonNode.Parse(snapshot.Text(path));
        }
        catch (System.Text.Json.JsonException)
        {
            // An unreadable file cannot be in a loaded version; a folder being edited may hold one: nothing to compare there.
            return null;
        }
    }
}
