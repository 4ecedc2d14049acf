using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Rules.Catalog;

namespace ComplianceEngine.Rules.Examples;

/// <summary>Reads <c>examples/bases.json</c> and <c>examples/*.json</c>, applying each example's patch to its base record.</summary>
public static class ExampleReader
{
    private static readonly HashSet<string> ExampleFields = ["name", "rule", "asOf", "base", "input", "fires", "facility", "missing", "outcome", "exceedances"];
    private static readonly JsonSerializerOptions FactsJson = new(JsonSerializerDefaults.Web) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow };
    private static readonly HashSet<string> Outcomes = ["approve", "conditional", "reject", "compliant", "due", "noncompliant", "invalid"];

    public static IReadOnlyList<RuleExample> Read(string rulesDirectory, List<CatalogIssue> issues) =>
        Read(RuleSetSnapshot.Read(rulesDirectory), issues);

    public static IReadOnlyList<RuleExample> Read(RuleSetSnapshot snapshot, List<CatalogIssue> issues)
    {
        var examples = new List<RuleExample>();
        if (!snapshot.HasFolder("examples"))
        {
            issues.Add(new CatalogIssue("examples", null, "examples folder is missing"));
            return examples;
        }

        var bases = ReadBases(snapshot, issues);
        foreach (var file in snapshot.JsonFiles("examples").Where(p => Path.GetFileName(p) != "bases.json"))
        {
            using var doc = CatalogJson.Parse(snapshot, file, issues);
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

        var exceedances = ReadExceedances(e, loc, fields);
        if (name is null || rule is null || asOf is null || outcome is null || exceedances is null)
        {
            return null;
        }

        // Without a base the input is the record itself: a merge patch would drop the nulls the contract requires (permit: null).
        var given = (JsonObject)JsonNode.Parse(input.GetRawText())!;
        var record = baseRecord is null ? given : (JsonObject)JsonMergePatch.Apply(baseRecord, given)!;
        return new RuleExample
        {
            File = fields.File, Name = name, Rule = rule, AsOf = asOf.Value, Record = record, Fires = fires.GetBoolean(),
            Facility = fields.Text(e, "facility", loc, required: false), Outcome = outcome, Exceedances = exceedances,
            Missing = fields.Strings(e, "missing", loc, required: false),
        };
    }

    // The monitoring facts an exceedance-scope rule is given; null (with an issue) when they do not read.
    private static IReadOnlyList<ExceedanceMonth>? ReadExceedances(JsonElement e, string loc, JsonFields fields)
    {
        if (!e.TryGetProperty("exceedances", out var list))
        {
            return [];
        }

        try
        {
            return list.Deserialize<ExceedanceMonth[]>(FactsJson) ?? throw new JsonException("expected an array, got null");
        }
        catch (JsonException x)
        {
            fields.Issue(loc + ".exceedances" + (x.Path is { Length: > 1 } path ? path[1..] : ""), "expected monitoring facts (facilityId, pollutant, month yyyy-MM-01, exceedingHours, …): " + x.Message.Split(" Path:")[0]);
            return null;
        }
    }

    private static Dictionary<string, JsonObject> ReadBases(RuleSetSnapshot snapshot, List<CatalogIssue> issues)
    {
        const string file = "examples/bases.json";
        var bases = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (!snapshot.Contains(file))
        {
            return bases;
        }

        using var doc = CatalogJson.Parse(snapshot, file, issues);
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
