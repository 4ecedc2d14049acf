using System.Text.Json;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Analytics.Impact;

/// <summary>
/// The impact as one JSON object, written as it is found (command line and <c>POST /api/v1/rules/impact</c> alike):
/// <c>{"baseline": {"version", "origin"}, "candidate": {…}, "asOf", "overrides": ["name=value"], "warnings": ["…"],
/// "flips": [RecordFlip…], "summary": ImpactSummary}</c>. Flips come first so a reader can show them before the
/// run ends; the summary closes the object. Names and enums as <see cref="ResultJson"/>.
/// </summary>
public sealed class ImpactJsonWriter(Utf8JsonWriter json)
{
    public void Start(ImpactCatalogs catalogs, DateOnly asOf)
    {
        json.WriteStartObject();
        foreach (var (name, ruleSet) in new[] { ("baseline", catalogs.Baseline), ("candidate", catalogs.Candidate) })
        {
            json.WriteStartObject(name);
            json.WriteString("version", ruleSet.Version);
            json.WriteString("origin", ruleSet.Directory);
            json.WriteEndObject();
        }

        json.WriteString("asOf", asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        json.WriteStartArray("overrides");
        foreach (var o in catalogs.Overrides)
        {
            json.WriteStringValue(o.ToString());
        }

        json.WriteEndArray();
        json.WriteStartArray("warnings");
        foreach (var w in catalogs.Warnings)
        {
            json.WriteStringValue(w.ToString());
        }

        json.WriteEndArray();
        json.WriteStartArray("flips");
    }

    public void Flip(RecordFlip flip) => JsonSerializer.Serialize(json, flip, ResultJson.Compact);

    public void End(ImpactSummary summary)
    {
        json.WriteEndArray();
        json.WritePropertyName("summary");
        JsonSerializer.Serialize(json, summary, ResultJson.Compact);
        json.WriteEndObject();
    }
}
