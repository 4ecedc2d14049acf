using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ComplianceEngine.Core.Evaluation;

namespace ComplianceEngine.Data.Audit;

/// <summary>
/// How findings, errors and outcomes are written to the trail: camelCase, enums as camelCase strings, and a list-valued
/// fact longer than <see cref="StoredListCap"/> items cut to its first ones with the number left out beside it.
/// </summary>
public static class EvaluationJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>How the trail reads findings back: <see cref="Options"/> with each finding's facts as plain values (<see cref="FactValues"/>).</summary>
    public static readonly JsonSerializerOptions ReadOptions = new(Options) { Converters = { new FactValues() } };

    public static string Outcome(Outcome outcome) => JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString()).ToLowerInvariant();

    /// <summary>An outcome as <see cref="Outcome(Core.Evaluation.Outcome)"/> wrote it.</summary>
    /// <exception cref="FormatException">Not an outcome's name.</exception>
    public static Outcome ParseOutcome(string text) =>
        Enum.TryParse<Outcome>(text, ignoreCase: true, out var outcome) && Outcome(outcome) == text ? outcome : throw new FormatException($"'{text}' is not an outcome");

    /// <summary>
    /// Findings as <see cref="Findings"/> stored them, typed as the evaluator made them except for what the trail keeps
    /// differently: a list-valued fact longer than <see cref="StoredListCap"/> has its first items and a <c>{name}Omitted</c>
    /// count, and facts are plain values (<see cref="FactValues"/>).
    /// </summary>
    /// <exception cref="JsonException">The text is not a findings array.</exception>
    public static IReadOnlyList<Finding> ReadFindings(string json) =>
        JsonSerializer.Deserialize<List<Finding>>(json, ReadOptions) ?? throw new JsonException("findings: expected an array, got null");

    /// <summary>Record errors as <see cref="Errors"/> stored them.</summary>
    /// <exception cref="JsonException">The text is not an errors array.</exception>
    public static IReadOnlyList<RecordError> ReadErrors(string json) =>
        JsonSerializer.Deserialize<List<RecordError>>(json, ReadOptions) ?? throw new JsonException("errors: expected an array, got null");

    /// <summary>
    /// Items of a list-valued fact the trail keeps: an exceedance month's <c>readingHours</c> can list all 744 hours, and
    /// a chronically exceeding enterprise stored megabytes a night. The hours left out stay in <c>monitoring_readings</c>
    /// (the finding names the facility, pollutant and month), and a replay of the evaluation lists them all.
    /// </summary>
    public const int StoredListCap = 24;

    /// <summary>The findings as the trail stores them; a fact cut to <see cref="StoredListCap"/> items gets a sibling <c>{name}Omitted</c> count.</summary>
    public static string Findings(IReadOnlyList<Finding> findings) => JsonSerializer.Serialize(findings.Select(Capped), Options);

    public static string Errors(IReadOnlyList<RecordError> errors) => JsonSerializer.Serialize(errors, Options);

    /// <summary>Compares JSON by meaning, not by text: PostgreSQL's jsonb reorders keys and spacing.</summary>
    public static bool SameJson(string a, string b) => JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(b));

    private static Finding Capped(Finding finding)
    {
        Dictionary<string, object?>? facts = null;
        foreach (var (name, value) in finding.Facts)
        {
            // Lists of values only: a string is a list of characters, a dictionary a list of pairs.
            if (value is IEnumerable list and not string and not IDictionary)
            {
                var items = list.Cast<object?>().ToList();
                if (items.Count > StoredListCap)
                {
                    facts ??= new Dictionary<string, object?>(finding.Facts, StringComparer.Ordinal);
                    facts[name] = items[..StoredListCap];
                    facts[name + "Omitted"] = items.Count - StoredListCap;
                }
            }
        }

        return facts is null ? finding : finding with { Facts = facts };
    }
}
