using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Data.Audit;

/// <summary>
/// The decision-making files of a rule set, <c>catalog/</c> and <c>parameters/</c>, by relative path with LF line
/// endings: exactly what the rule-set version hash covers, so a stored version can be written out and loaded again.
/// </summary>
public sealed record RuleSetFiles(IReadOnlyDictionary<string, string> Files)
{
    private static readonly string[] Folders = ["catalog", "parameters"];

    public static RuleSetFiles Read(string rulesDirectory)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in Folders)
        {
            var path = Path.Combine(rulesDirectory, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }

            // The files the version hash covers (RuleSetVersion): top-level *.json of each folder.
            foreach (var file in Directory.EnumerateFiles(path, "*.json"))
            {
                var relative = Path.GetRelativePath(rulesDirectory, file).Replace('\\', '/');
                files[relative] = File.ReadAllText(file).ReplaceLineEndings("\n");
            }
        }

        return new RuleSetFiles(files);
    }

    /// <summary>Writes the files under <paramref name="rulesDirectory"/>, for an evaluator to load the stored version.</summary>
    public void WriteTo(string rulesDirectory)
    {
        foreach (var (relative, text) in Files)
        {
            var path = Path.Combine(rulesDirectory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    /// <summary>The stored form: <c>{"files": {"catalog/limits.json": "…"}}</c>. File text stays text, byte for byte.</summary>
    public string ToJson() =>
        new JsonObject { ["files"] = new JsonObject(Files.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(f.Value)))) }
            .ToJsonString();

    public static RuleSetFiles FromJson(string json)
    {
        var files = JsonNode.Parse(json)?["files"]?.AsObject() ?? throw new JsonException("rule-set content has no files");
        return new RuleSetFiles(files.ToDictionary(f => f.Key, f => f.Value!.GetValue<string>(), StringComparer.Ordinal));
    }
}
