using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Data.Audit;

/// <summary>How findings, errors and outcomes are written to the trail: camelCase, enums as camelCase strings.</summary>
public static class EvaluationJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Outcome(Outcome outcome) => JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString()).ToLowerInvariant();

    public static string Findings(IReadOnlyList<Finding> findings) => JsonSerializer.Serialize(findings, Options);

    public static string Errors(IReadOnlyList<RecordError> errors) => JsonSerializer.Serialize(errors, Options);

    /// <summary>Compares JSON by meaning, not by text: PostgreSQL's jsonb reorders keys and spacing.</summary>
    public static bool SameJson(string a, string b) => JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(b));
}
