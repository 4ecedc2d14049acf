using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceEngine.Rules;

namespace ComplianceEngine.Data.Audit;

/// <summary>
/// How a rule-set version is kept in <c>rule_set_versions.content</c>: <c>{"files": {"catalog/limits.json": "…"}}</c>,
/// each file of the loaded <see cref="RuleSetSnapshot"/> as its UTF-8 text. Loading the stored form gives back the
/// same bytes (a byte-order mark aside), so the version hashes the same and replays without a folder.
/// </summary>
public static class RuleSetContent
{
    public static string ToJson(RuleSetSnapshot snapshot) =>
        new JsonObject
        {
            ["files"] = new JsonObject(snapshot.Files.Keys.Order(StringComparer.Ordinal)
                .Select(path => KeyValuePair.Create(path, (JsonNode?)JsonValue.Create(snapshot.Text(path))))),
        }.ToJsonString();

    /// <exception cref="JsonException">The content is not a stored rule set.</exception>
    public static RuleSetSnapshot FromJson(string version, string json)
    {
        var files = JsonNode.Parse(json)?["files"]?.AsObject() ?? throw new JsonException($"rule set {version}: stored content has no files");
        return RuleSetSnapshot.From($"audit trail {version}",
            files.Select(f => KeyValuePair.Create(f.Key, Encoding.UTF8.GetBytes(f.Value!.GetValue<string>()))));
    }
}
