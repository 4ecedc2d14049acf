using System.Text.Json;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Rules.Catalog;

/// <summary>
/// Reads a rule's <c>whenMissing</c> and refuses a rule whose conditions read an optional field without saying what
/// happens when it is absent (ADR 0008), or that declares a field its conditions never read.
/// </summary>
internal static class MissingValueReader
{
    private static readonly HashSet<string> EntryFields = ["field", "effect", "supply"];

    public static IReadOnlyList<MissingValueRule> Read(JsonElement props, string loc, RecordKind kind, RuleScope scope, IReadOnlyList<RuleCondition> conditions, JsonFields fields)
    {
        var recordType = kind == RecordKind.Project ? typeof(ProjectRecord) : typeof(EnterpriseRecord);
        var read = new Dictionary<string, (OptionalField Field, List<int> Conditions)>(StringComparer.Ordinal);
        for (var i = 0; i < conditions.Count; i++)
        {
            foreach (var field in OptionalField.ReadBy(conditions[i].Expression, recordType))
            {
                if (field.OnFacility && scope == RuleScope.Record)
                {
                    continue;
                }

                if (!read.TryGetValue(field.Path, out var entry))
                {
                    read[field.Path] = entry = (field, []);
                }

                if (!entry.Conditions.Contains(i))
                {
                    entry.Conditions.Add(i);
                }
            }
        }

        var declared = new List<MissingValueRule>();
        loc += ".whenMissing";
        if (props.TryGetProperty("whenMissing", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var iloc = $"{loc}[{i++}]";
                fields.OnlyKnown(item, iloc, EntryFields);
                var path = fields.Text(item, "field", iloc);
                var effectText = fields.Text(item, "effect", iloc);
                var supply = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("supply", out _) ? ParameterReader.ReadText(item, "supply", iloc, fields) : null;
                MissingEffect? effect = effectText switch { "ask" => MissingEffect.Ask, "decides" => MissingEffect.Decides, null => null, _ => null };
                if (effectText is not null && effect is null)
                {
                    fields.Issue(iloc + ".effect", $"unknown effect '{effectText}' (expected ask or decides)");
                }

                if (effect == MissingEffect.Ask && supply is null)
                {
                    fields.Issue(iloc + ".supply", "an 'ask' entry says what must be supplied (supply.zh, supply.en)");
                }

                if (path is null || effect is null)
                {
                    continue;
                }

                if (!read.TryGetValue(path, out var entry))
                {
                    fields.Issue(iloc + ".field", $"'{path}' is not an optional field the conditions read (they read: {(read.Count == 0 ? "none" : string.Join(", ", read.Keys))})");
                    continue;
                }

                if (declared.Any(d => d.Field == path))
                {
                    fields.Issue(iloc + ".field", $"'{path}' is declared twice");
                    continue;
                }

                declared.Add(new MissingValueRule(path, effect.Value, supply, entry.Field, [.. entry.Conditions]));
            }
        }
        else if (props.TryGetProperty("whenMissing", out var other) && other.ValueKind != JsonValueKind.Null)
        {
            fields.Issue(loc, "expected an array of {field, effect, supply}");
        }

        foreach (var path in read.Keys.Where(p => declared.All(d => d.Field != p)))
        {
            fields.Issue(loc, $"the conditions read the optional field {path} ({read[path].Field.JsonPath}) without saying what happens when it is absent: "
                + "add {\"field\": \"" + path + "\", \"effect\": \"ask\" | \"decides\"} (ADR 0008)");
        }

        return declared;
    }
}
