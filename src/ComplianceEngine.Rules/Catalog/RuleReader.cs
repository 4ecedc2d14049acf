using System.Text.Json;
using System.Text.RegularExpressions;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Rules.Catalog;

/// <summary>Reads <c>catalog/*.json</c> (RulesEngine workflows) into rule definitions, checking everything but the expressions.</summary>
internal static partial class RuleReader
{
    private static readonly HashSet<string> WorkflowFields = ["WorkflowName", "Rules"];
    private static readonly HashSet<string> RuleFields = ["RuleName", "RuleExpressionType", "Expression", "Operator", "Rules", "Properties", "Enabled", "SuccessEvent", "ErrorMessage"];
    private static readonly HashSet<string> ChildFields = ["RuleName", "RuleExpressionType", "Expression", "Enabled", "Properties"];
    private static readonly HashSet<string> PropertyFields = ["id", "family", "severity", "sectors", "facilityTypes", "cities", "inForce", "deadline", "deadlineFact", "citation", "message", "facts", "whenMissing"];
    private static readonly HashSet<string> BuiltInPlaceholders = ["facilityId", "deadline", "asOf"];

    // {name}, or {name|singular|plural} for a count followed by its noun (English: "1 hour", "3 hours").
    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)(?:\|[^|{}]+\|[^|{}]+)?\}")]
    private static partial Regex Placeholder();

    public static List<RuleDefinition> Read(RuleSetSnapshot snapshot, IReadOnlyDictionary<string, SourceDocument> sources, ParameterCatalog parameters, List<CatalogIssue> issues)
    {
        var rules = new List<RuleDefinition>();
        var files = snapshot.JsonFiles("catalog");
        if (files.Count == 0)
        {
            issues.Add(new CatalogIssue("catalog", null, "no workflow files (catalog/*.json)"));
        }

        foreach (var file in files)
        {
            using var doc = CatalogJson.Parse(snapshot, file, issues);
            if (doc is null)
            {
                continue;
            }

            var fields = new JsonFields(file, issues);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                fields.Issue("$", "a workflow file is a JSON array of RulesEngine workflows");
                continue;
            }

            var familyOfFile = Path.GetFileNameWithoutExtension(file);
            var w = 0;
            foreach (var workflow in doc.RootElement.EnumerateArray())
            {
                ReadWorkflow(workflow, $"$[{w++}]", familyOfFile, fields, sources, parameters, rules);
            }
        }

        foreach (var dup in rules.GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            issues.Add(new CatalogIssue(dup.First().File, dup.Key, $"rule id is used {dup.Count()} times ({string.Join(", ", dup.Select(r => r.File).Distinct())})"));
        }

        return rules;
    }

    private static void ReadWorkflow(JsonElement workflow, string loc, string family, JsonFields fields,
        IReadOnlyDictionary<string, SourceDocument> sources, ParameterCatalog parameters, List<RuleDefinition> rules)
    {
        fields.OnlyKnown(workflow, loc, WorkflowFields);
        var name = fields.Text(workflow, "WorkflowName", loc);
        if (name is null)
        {
            return;
        }

        var parts = name.Split('/');
        RecordKind kind = default;
        RuleScope scope = default;
        if (parts.Length != 3 || parts[0] != family
            || !Enum.TryParse(parts[1], ignoreCase: true, out kind) || !Enum.TryParse(parts[2], ignoreCase: true, out scope)
            || parts[1] != parts[1].ToLowerInvariant() || parts[2] != parts[2].ToLowerInvariant())
        {
            fields.Issue(loc + ".WorkflowName", $"'{name}' must read '{family}/<project|enterprise>/<record|facility|emission>' (the family is the file name)");
            return;
        }

        if (!workflow.TryGetProperty("Rules", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            fields.Issue(loc + ".Rules", "a workflow needs at least one rule");
            return;
        }

        var i = 0;
        foreach (var rule in list.EnumerateArray())
        {
            var rloc = $"{loc}.Rules[{i++}]";
            if (rule.TryGetProperty("Enabled", out var enabled) && enabled.ValueKind == JsonValueKind.False)
            {
                continue;
            }

            if (ReadRule(rule, rloc, name, family, kind, scope, fields, sources, parameters) is { } definition)
            {
                rules.Add(definition);
            }
        }
    }

    private static RuleDefinition? ReadRule(JsonElement rule, string loc, string workflow, string family, RecordKind kind, RuleScope scope,
        JsonFields fields, IReadOnlyDictionary<string, SourceDocument> sources, ParameterCatalog parameters)
    {
        fields.OnlyKnown(rule, loc, RuleFields);
        var ruleName = fields.Text(rule, "RuleName", loc);
        if (ruleName is null)
        {
            return null;
        }

        loc = ruleName;
        var (conditions, any) = ReadConditions(rule, loc, fields);
        if (fields.Object(rule, "Properties", loc) is not { } props)
        {
            return null;
        }

        var ploc = loc + ".Properties";
        fields.OnlyKnown(props, ploc, PropertyFields);
        var id = fields.Text(props, "id", ploc);
        if (id is not null && id != ruleName)
        {
            fields.Issue(ploc + ".id", $"id '{id}' differs from RuleName '{ruleName}'");
        }

        var propFamily = fields.Text(props, "family", ploc);
        if (propFamily is not null && propFamily != family)
        {
            fields.Issue(ploc + ".family", $"family '{propFamily}' differs from the workflow's '{family}'");
        }

        var severityText = fields.Text(props, "severity", ploc);
        Severity severity = default;
        if (severityText is not null && (!Enum.TryParse(severityText, ignoreCase: true, out severity) || severityText != severityText.ToLowerInvariant() || severity == Severity.Missing))
        {
            fields.Issue(ploc + ".severity", $"unknown severity '{severityText}' (expected prohibition, condition, obligation, limit, supervision or advisory)");
            severityText = null;
        }

        var sectors = CheckedList(props, "sectors", ploc, SectorMap.AllSectors, fields);
        var facilityTypes = CheckedList(props, "facilityTypes", ploc, ContractValues.FacilityTypes, fields, required: scope != RuleScope.Record);
        if (scope == RuleScope.Record && facilityTypes.Count > 0)
        {
            fields.Issue(ploc + ".facilityTypes", "a record-scope rule looks at no single facility");
        }

        var cities = CheckedList(props, "cities", ploc, ContractValues.Cities, fields);
        DateOnly? from = null, to = null;
        if (fields.Object(props, "inForce", ploc) is { } inForce)
        {
            fields.OnlyKnown(inForce, ploc + ".inForce", new HashSet<string> { "from", "to" });
            from = fields.Date(inForce, "from", ploc + ".inForce");
            to = fields.Date(inForce, "to", ploc + ".inForce", required: false);
        }

        var deadline = fields.Text(props, "deadline", ploc, required: false);
        if (deadline is not null && (!parameters.TryGet(deadline, out _, out var dp) || dp.Type != ParameterType.Date))
        {
            fields.Issue(ploc + ".deadline", $"'{deadline}' is not a date parameter");
        }

        var facts = ReadFacts(props, ploc, fields);
        var deadlineFact = fields.Text(props, "deadlineFact", ploc, required: false);
        if (deadlineFact is not null && (deadline is not null || facts.All(f => f.Key != deadlineFact)))
        {
            fields.Issue(ploc + ".deadlineFact", deadline is not null ? "a rule has a deadline or a deadlineFact, not both" : $"'{deadlineFact}' names no fact");
        }

        var (citation, source) = CitationReader.Read(props, ploc, severityText is null ? null : severity, fields, sources);
        if (citation is not null && from is { } start)
        {
            CitationReader.CheckInForce(citation, start, ploc, fields);
        }

        var whenMissing = MissingValueReader.Read(props, ploc, kind, scope, conditions, fields);
        var message = ParameterReader.ReadText(props, "message", ploc, fields);
        if (message is not null)
        {
            foreach (Match m in Placeholder().Matches(message.Zh + message.En))
            {
                var key = m.Groups[1].Value;
                if (!BuiltInPlaceholders.Contains(key) && facts.All(f => f.Key != key))
                {
                    fields.Issue(ploc + ".message", $"placeholder {{{key}}} names no fact");
                }
            }
        }

        if (id is null || propFamily is null || severityText is null || from is null || citation is null || source is null || message is null || conditions.Count == 0)
        {
            return null;
        }

        return new RuleDefinition
        {
            Id = id, Family = family, Kind = kind, Scope = scope, Severity = severity, File = fields.File, Workflow = workflow,
            AnyCondition = any, Conditions = conditions, Sectors = sectors, FacilityTypes = facilityTypes, Cities = cities,
            InForceFrom = from.Value, InForceTo = to, DeadlineParameter = deadline, DeadlineFact = deadlineFact, Citation = citation, CitationSource = source,
            Message = message, Facts = facts, WhenMissing = whenMissing,
        };
    }

    private static (List<RuleCondition> Conditions, bool Any) ReadConditions(JsonElement rule, string loc, JsonFields fields)
    {
        var conditions = new List<RuleCondition>();
        var hasExpression = rule.TryGetProperty("Expression", out _);
        var hasChildren = rule.TryGetProperty("Rules", out var children);
        if (hasExpression == hasChildren)
        {
            fields.Issue(loc, "a rule has either an Expression or an Operator with child Rules");
            return (conditions, false);
        }

        if (hasExpression)
        {
            if (fields.Text(rule, "Expression", loc) is { } e)
            {
                conditions.Add(new RuleCondition("condition", e, "条件"));
            }

            return (conditions, false);
        }

        var op = fields.Text(rule, "Operator", loc);
        if (op is not null && op is not ("And" or "AndAlso" or "Or" or "OrElse"))
        {
            fields.Issue(loc + ".Operator", $"unknown operator '{op}' (expected And or Or)");
        }

        var i = 0;
        foreach (var child in children.ValueKind == JsonValueKind.Array ? children.EnumerateArray() : default)
        {
            var cloc = $"{loc}.Rules[{i++}]";
            fields.OnlyKnown(child, cloc, ChildFields);
            var name = fields.Text(child, "RuleName", cloc);
            var expression = fields.Text(child, "Expression", cloc);
            // The Chinese name beside the English one: what a Chinese reader of the finding's conditions sees.
            var zh = fields.Object(child, "Properties", cloc) is { } props ? fields.Text(props, "zh", cloc + ".Properties") : null;
            if (name is not null && expression is not null && zh is not null)
            {
                conditions.Add(new RuleCondition(name, expression, zh));
            }
        }

        if (conditions.Count == 0)
        {
            fields.Issue(loc + ".Rules", "child Rules must hold at least one named condition with an Expression");
        }

        return (conditions, op is "Or" or "OrElse");
    }

    private static List<KeyValuePair<string, string>> ReadFacts(JsonElement props, string loc, JsonFields fields)
    {
        var facts = new List<KeyValuePair<string, string>>();
        if (fields.Object(props, "facts", loc, required: false) is { } f)
        {
            foreach (var p in f.EnumerateObject())
            {
                if (p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() is { Length: > 0 } e)
                {
                    facts.Add(new(p.Name, e));
                }
                else
                {
                    fields.Issue($"{loc}.facts.{p.Name}", "a fact is an expression string");
                }
            }
        }

        return facts;
    }

    private static IReadOnlyList<string> CheckedList(JsonElement props, string name, string loc, IReadOnlyList<string> allowed, JsonFields fields, bool required = true)
    {
        var values = fields.Strings(props, name, loc, required);
        foreach (var v in values.Where(v => !allowed.Contains(v)))
        {
            fields.Issue($"{loc}.{name}", $"unknown value '{v}'");
        }

        return values;
    }
}
