using System.Globalization;
using System.Text.Json;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Rules.Catalog;

namespace ComplianceEngine.Rules.Parameters;

/// <summary>Reads <c>parameters/*.json</c>: dated parameters and emission limits, with their references.</summary>
internal static class ParameterReader
{
    private static readonly HashSet<string> FileFields = ["parameters", "limits", "$schema"];
    private static readonly HashSet<string> ParameterFields = ["name", "type", "stricter", "unit", "description", "values"];
    private static readonly HashSet<string> ValueFields = ["value", "from", "to", "cities", "reference"];
    private static readonly HashSet<string> LimitFields = ["regime", "facilityTypes", "fuel", "pollutant", "valueMgM3", "from", "to", "cities", "commissioned", "reference"];
    private static readonly HashSet<string> ReferenceFields = ["source", "title", "number", "clause", "quote"];

    private static readonly Dictionary<string, (ParameterType Type, string[] Stricter)> Types = new()
    {
        ["date"] = (ParameterType.Date, ["earlier", "later"]),
        ["number"] = (ParameterType.Number, ["lower", "higher"]),
        ["flag"] = (ParameterType.Flag, ["true", "false"]),
    };

    public static ParameterCatalog Read(RuleSetSnapshot snapshot, IReadOnlyDictionary<string, SourceDocument> sources, List<CatalogIssue> issues)
    {
        var definitions = new List<ParameterDefinition>();
        var limits = new List<EmissionLimit>();
        foreach (var file in snapshot.JsonFiles("parameters"))
        {
            using var doc = CatalogJson.Parse(snapshot, file, issues);
            if (doc is null)
            {
                continue;
            }

            var fields = new JsonFields(file, issues);
            fields.OnlyKnown(doc.RootElement, "$", FileFields);
            if (doc.RootElement.TryGetProperty("parameters", out var ps) && ps.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var p in ps.EnumerateArray())
                {
                    if (ReadParameter(p, $"$.parameters[{i++}]", fields, sources) is { } d)
                    {
                        if (definitions.Any(x => x.Name == d.Name))
                        {
                            fields.Issue($"$.parameters[{i - 1}].name", $"parameter '{d.Name}' is defined twice");
                        }
                        else
                        {
                            definitions.Add(d);
                        }
                    }
                }
            }

            if (doc.RootElement.TryGetProperty("limits", out var ls) && ls.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var l in ls.EnumerateArray())
                {
                    if (ReadLimit(l, $"$.limits[{i++}]", fields, sources) is { } limit)
                    {
                        limits.Add(limit);
                    }
                }
            }
        }

        return new ParameterCatalog(definitions, limits);
    }

    private static ParameterDefinition? ReadParameter(JsonElement p, string loc, JsonFields fields, IReadOnlyDictionary<string, SourceDocument> sources)
    {
        fields.OnlyKnown(p, loc, ParameterFields);
        var name = fields.Text(p, "name", loc);
        var typeName = fields.Text(p, "type", loc);
        var stricter = fields.Text(p, "stricter", loc);
        var description = ReadText(p, "description", loc, fields);
        loc = name is null ? loc : $"{loc} ({name})";
        if (name is null || typeName is null || stricter is null || description is null)
        {
            return null;
        }

        if (!Types.TryGetValue(typeName, out var type))
        {
            fields.Issue(loc + ".type", $"unknown type '{typeName}' (expected date, number or flag)");
            return null;
        }

        if (!type.Stricter.Contains(stricter))
        {
            fields.Issue(loc + ".stricter", $"'{stricter}' does not fit a {typeName} (expected {string.Join(" or ", type.Stricter)})");
        }

        var values = new List<ParameterValue>();
        if (!p.TryGetProperty("values", out var vs) || vs.ValueKind != JsonValueKind.Array || vs.GetArrayLength() == 0)
        {
            fields.Issue(loc + ".values", "at least one value is required");
        }
        else
        {
            var i = 0;
            foreach (var v in vs.EnumerateArray())
            {
                var vloc = $"{loc}.values[{i++}]";
                fields.OnlyKnown(v, vloc, ValueFields);
                var value = ReadValue(v, type.Type, vloc, fields);
                var from = fields.Date(v, "from", vloc);
                var to = fields.Date(v, "to", vloc, required: false);
                var reference = ReadReference(v, vloc, fields, sources);
                if (value is not null && from is not null && reference is not null)
                {
                    values.Add(new ParameterValue
                    {
                        Value = value, From = from.Value, To = to, Cities = fields.Strings(v, "cities", vloc), Reference = reference,
                    });
                }
            }
        }

        return new ParameterDefinition
        {
            Name = name, Type = type.Type, Stricter = stricter, Unit = fields.Text(p, "unit", loc, required: false),
            Description = description, Values = values, File = fields.File,
        };
    }

    private static object? ReadValue(JsonElement v, ParameterType type, string loc, JsonFields fields)
    {
        if (!v.TryGetProperty("value", out var raw))
        {
            fields.Issue(loc + ".value", "required field is missing");
            return null;
        }

        switch (type)
        {
            case ParameterType.Number when raw.ValueKind == JsonValueKind.Number:
                return raw.GetDouble();
            case ParameterType.Flag when raw.ValueKind is JsonValueKind.True or JsonValueKind.False:
                return raw.GetBoolean();
            case ParameterType.Date when raw.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(raw.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d):
                return d;
            default:
                fields.Issue(loc + ".value", $"expected a {type.ToString().ToLowerInvariant()}, got {raw}");
                return null;
        }
    }

    private static EmissionLimit? ReadLimit(JsonElement l, string loc, JsonFields fields, IReadOnlyDictionary<string, SourceDocument> sources)
    {
        fields.OnlyKnown(l, loc, LimitFields);
        var regime = fields.Text(l, "regime", loc);
        var pollutant = fields.Text(l, "pollutant", loc);
        var from = fields.Date(l, "from", loc);
        var reference = ReadReference(l, loc, fields, sources);
        if (regime is not null && regime is not ("ultra-low" or "standard"))
        {
            fields.Issue(loc + ".regime", $"unknown regime '{regime}' (expected ultra-low or standard)");
        }

        if (pollutant is not null && pollutant is not ("PM" or "SO2" or "NOx" or "NMHC"))
        {
            fields.Issue(loc + ".pollutant", $"unknown pollutant '{pollutant}' (expected PM, SO2, NOx or NMHC)");
        }

        if (!l.TryGetProperty("valueMgM3", out var value) || value.ValueKind != JsonValueKind.Number || value.GetDouble() <= 0)
        {
            fields.Issue(loc + ".valueMgM3", "expected a number > 0");
            return null;
        }

        var types = fields.Strings(l, "facilityTypes", loc);
        if (types.Count == 0)
        {
            fields.Issue(loc + ".facilityTypes", "a limit must name the facility types it applies to");
        }

        DateOnly? commissionedFrom = null, commissionedBefore = null;
        if (fields.Object(l, "commissioned", loc, required: false) is { } c)
        {
            fields.OnlyKnown(c, loc + ".commissioned", new HashSet<string> { "from", "before" });
            commissionedFrom = fields.Date(c, "from", loc + ".commissioned", required: false);
            commissionedBefore = fields.Date(c, "before", loc + ".commissioned", required: false);
            if (commissionedFrom is null && commissionedBefore is null)
            {
                fields.Issue(loc + ".commissioned", "give from and/or before (the installation dates the table covers)");
            }
        }

        if (regime is null || pollutant is null || from is null || reference is null)
        {
            return null;
        }

        return new EmissionLimit
        {
            Regime = regime, FacilityTypes = types, Fuel = fields.Text(l, "fuel", loc, required: false), Pollutant = pollutant,
            ValueMgM3 = value.GetDouble(), From = from.Value, To = fields.Date(l, "to", loc, required: false),
            Cities = fields.Strings(l, "cities", loc, required: false), Reference = reference,
            CommissionedFrom = commissionedFrom, CommissionedBefore = commissionedBefore,
        };
    }

    internal static ParameterReference? ReadReference(JsonElement owner, string loc, JsonFields fields, IReadOnlyDictionary<string, SourceDocument> sources)
    {
        if (fields.Object(owner, "reference", loc) is not { } r)
        {
            return null;
        }

        loc += ".reference";
        fields.OnlyKnown(r, loc, ReferenceFields);
        var reference = new ParameterReference
        {
            Source = fields.Text(r, "source", loc, required: false),
            Title = fields.Text(r, "title", loc, required: false),
            Number = fields.Text(r, "number", loc, required: false),
            Clause = fields.Text(r, "clause", loc, required: false),
            Quote = fields.Text(r, "quote", loc, required: false),
        };
        if (reference.Source is { } source)
        {
            if (!sources.TryGetValue(source, out var doc))
            {
                fields.Issue(loc + ".source", $"unknown source '{source}'");
            }
            else if (reference.Quote is null || reference.Clause is null)
            {
                fields.Issue(loc, "a reference to a source document needs its clause and quote");
            }
            else if (!doc.Contains(reference.Quote))
            {
                fields.Issue(loc + ".quote", $"quote does not occur verbatim in source {source}");
            }
        }
        else if (reference.Title is null || reference.Number is null)
        {
            fields.Issue(loc, "a reference needs a source document, or the title and number of a national law or standard");
        }

        return reference;
    }

    internal static LocalizedText? ReadText(JsonElement owner, string name, string loc, JsonFields fields)
    {
        if (fields.Object(owner, name, loc) is not { } t)
        {
            return null;
        }

        fields.OnlyKnown(t, $"{loc}.{name}", new HashSet<string> { "zh", "en" });
        var zh = fields.Text(t, "zh", $"{loc}.{name}");
        var en = fields.Text(t, "en", $"{loc}.{name}");
        return zh is null || en is null ? null : new LocalizedText(zh, en);
    }
}
