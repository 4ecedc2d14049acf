using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplianceEngine.Rules;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Analytics.Impact;

/// <summary>
/// A candidate catalog made from a baseline by parameter overrides, like an OpenFisca reform: each override replaces
/// the value in force on the as-of date (the province-wide one, or the named city's), its dates, scope and legal
/// reference kept. The result is an ordinary snapshot with its own version hash; nothing is written to disk.
/// </summary>
public static class Reform
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <exception cref="ArgumentException">An override names no parameter or rule deadline, has a value of the wrong type, or no value of it is in force then and there.</exception>
    public static RuleSetSnapshot Apply(RuleSet baseline, IReadOnlyList<ParameterOverride> overrides, DateOnly asOf)
    {
        var files = baseline.Snapshot.Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        foreach (var change in overrides)
        {
            var name = ParameterName(baseline, change.Name);
            baseline.Parameters.TryGet(name, out _, out var definition);
            var value = Typed(definition, change);
            var path = "parameters/" + definition.File.Split('/', '\\')[^1];
            var root = JsonNode.Parse(Encoding.UTF8.GetString(files[path]))!;
            var entry = (root["parameters"] as JsonArray ?? []).Single(p => p?["name"]?.GetValue<string>() == name)!;
            var replaced = 0;
            foreach (var v in entry["values"] as JsonArray ?? [])
            {
                if (v is not null && InForce(v, change.City, asOf))
                {
                    v["value"] = value;
                    replaced++;
                }
            }

            if (replaced == 0)
            {
                var where = change.City ?? "the province (no city)";
                var cities = definition.Values.SelectMany(v => v.Cities).Distinct().ToArray();
                throw new ArgumentException($"--set {change}: {name} has no value for {where} in force on {asOf:yyyy-MM-dd}"
                    + (cities.Length > 0 ? $"; its values are for {string.Join(", ", cities)} (use {name}@{cities[0]}=…)" : ""));
            }

            files[path] = Encoding.UTF8.GetBytes(root.ToJsonString(Indented) + "\n");
        }

        return RuleSetSnapshot.From($"{baseline.Snapshot.Origin} with {string.Join(", ", overrides)}", files);
    }

    private static string ParameterName(RuleSet baseline, string name)
    {
        if (baseline.Parameters.TryGet(name, out _, out _))
        {
            return name;
        }

        var rule = baseline.Rules.FirstOrDefault(r => r.Definition.Id == name)?.Definition;
        return rule?.DeadlineParameter ?? throw new ArgumentException(rule is null
            ? $"--set {name}: no parameter or rule of that name (compliance rules list; parameters are in rules/parameters/)"
            : $"--set {name}: rule {name} has no deadline parameter; name the parameter itself");
    }

    private static JsonNode Typed(ParameterDefinition definition, ParameterOverride change)
    {
        var text = change.Value;
        return definition.Type switch
        {
            ParameterType.Date when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) => JsonValue.Create(text),
            ParameterType.Number when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
            ParameterType.Flag when bool.TryParse(text, out var b) => JsonValue.Create(b),
            _ => throw new ArgumentException($"--set {change}: {definition.Name} is a {definition.Type.ToString().ToLowerInvariant()} parameter; '{text}' is not one"),
        };
    }

    private static bool InForce(JsonNode value, string? city, DateOnly asOf)
    {
        var from = DateOnly.Parse(value["from"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var to = value["to"]?.GetValue<string>() is { } t ? DateOnly.Parse(t, CultureInfo.InvariantCulture) : (DateOnly?)null;
        var cities = (value["cities"] as JsonArray ?? []).Select(c => c!.GetValue<string>()).ToArray();
        var scoped = city is null ? cities.Length == 0 : cities.Contains(city, StringComparer.Ordinal);
        return scoped && asOf >= from && (to is not { } end || asOf <= end);
    }
}
