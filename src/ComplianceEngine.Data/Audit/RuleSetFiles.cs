using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceEngine.Data.Audit;

/// <summary>
/// A rule-set folder's files by relative path, LF line endings. The version hash covers <c>catalog/</c> and
/// <c>parameters/</c> only, but loading a rule set also needs the cited sources and the examples that gate it, so
/// every file is kept: the stored version can be written out and loaded again years later.
/// </summary>
public sealed record RuleSetFiles(IReadOnlyDictionary<string, string> Files)
{
    private static readonly string[] Folders = ["catalog", "parameters", "sources", "examples", "schema"];

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

            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
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
