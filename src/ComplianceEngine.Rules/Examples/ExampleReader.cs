using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceEngine.Rules.Catalog;

namespace ComplianceEngine.Rules.Examples;

/// <summary>Reads <c>examples/bases.json</c> and <c>examples/*.json</c>, applying each example's patch to its base record.</summary>
public static class ExampleReader
{
    private static readonly HashSet<string> ExampleFields = ["name", "rule", "asOf", "base", "input", "fires", "facility", "missing", "outcome"];
    private static readonly HashSet<string> Outcomes = ["approve", "conditional", "reject", "compliant", "due", "noncompliant", "invalid"];

    public static IReadOnlyList<RuleExample> Read(string rulesDirectory, List<CatalogIssue> issues)
    {
        var dir = Path.Combine(rulesDirectory, "examples");
        var examples = new List<RuleExample>();
        if (!Directory.Exists(dir))
        {
            issues.Add(new CatalogIssue("examples", null, "examples folder is missing"));
            return examples;
        }

        var bases = ReadBases(Path.Combine(dir, "bases.json"), rulesDirectory, issues);
        foreach (var path in CatalogFiles.In(rulesDirectory, "examples").Where(p => Path.GetFileName(p) != "bases.json"))
        {
            var file = Path.GetRelativePath(rulesDirectory, path);
            using var doc = CatalogJson.Parse(path, file, issues);
            if (doc is null)
            {
                continue;
            }

            var fields = new JsonFields(file, issues);
            fields.OnlyKnown(doc.RootElement, "$", new HashSet<string> { "examples" });
            if (!doc.RootElement.TryGetProperty("examples", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                fields.Issue("$.examples", "expected an array of examples");
                continue;
            }

            var i = 0;
            foreach (var e in list.EnumerateArray())
            {
                if (ReadExample(e, $"$.examples[{i++}]", fields, bases) is { } example)
                {
                    examples.Add(example);
                }
            }
        }

        return examples;
    }

    private static RuleExample? ReadExample(JsonElement e, string loc, JsonFields fields, IReadOnlyDictionary<string, JsonObject> bases)
    {
        fields.OnlyKnown(e, loc, ExampleFields);
        var name = fields.Text(e, "name", loc);
        loc = name is null ? loc : $"{loc} ({name})";
        var rule = fields.Text(e, "rule", loc);
        var asOf = fields.Date(e, "asOf", loc);
        var outcome = fields.Text(e, "outcome", loc);
        var baseName = fields.Text(e, "base", loc, required: false);
        if (outcome is not null && !Outcomes.Contains(outcome))
        {
            fields.Issue(loc + ".outcome", $"unknown outcome '{outcome}'");
        }

        if (!e.TryGetProperty("fires", out var fires) || fires.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            fields.Issue(loc + ".fires", "expected true or false");
            return null;
        }

        if (!e.TryGetProperty("input", out var input) || input.ValueKind != JsonValueKind.Object)
        {
            fields.Issue(loc + ".input", "expected an object (the record, or a merge patch of its base)");
            return null;
        }

        JsonObject? baseRecord = null;
        if (baseName is not null && !bases.TryGetValue(baseName, out baseRecord))
        {
            fields.Issue(loc + ".base", $"no base record '{baseName}' in examples/bases.json");
            return null;
        }

        if (name is null || rule is null || asOf is null || outcome is null)
        {
            return null;
        }

        // Without a base the input is the record itself: a merge patch would drop the nulls the contract requires (permit: null).
        var given = (JsonObject)JsonNode.Parse(input.GetRawText())!;
        var record = baseRecord is null ? given : (JsonObject)JsonMergePatch.Apply(baseRecord, given)!;
        return new RuleExample
        {
            File = fields.File, Name = name, Rule = rule, AsOf = asOf.Value, Record = record, Fires = fires.GetBoolean(),
            Facility = fields.Text(e, "facility", loc, required: false), Outcome = outcome,
            Missing = fields.Strings(e, "missing", loc, required: false),
        };
    }

    private static Dictionary<string, JsonObject> ReadBases(string path, string rulesDirectory, List<CatalogIssue> issues)
    {
        var bases = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var file = Path.GetRelativePath(rulesDirectory, path);
        if (!File.Exists(path))
        {
            return bases;
        }

        using var doc = CatalogJson.Parse(path, file, issues);
        if (doc is null)
        {
            return bases;
        }

        if (!doc.RootElement.TryGetProperty("bases", out var map) || map.ValueKind != JsonValueKind.Object)
        {
            issues.Add(new CatalogIssue(file, "$.bases", "expected an object of named base records"));
            return bases;
        }

        foreach (var p in map.EnumerateObject())
        {
            if (JsonNode.Parse(p.Value.GetRawText()) is JsonObject o)
            {
                bases[p.Name] = o;
            }
            else
            {
                issues.Add(new CatalogIssue(file, $"$.bases.{p.Name}", "a base record is an object"));
            }
        }

        return bases;
    }
}
