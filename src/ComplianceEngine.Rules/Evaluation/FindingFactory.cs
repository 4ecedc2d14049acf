using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Rules.Compilation;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Rules.Evaluation;

/// <summary>Builds the explanation of a rule that fired, or that could not be decided for want of a field: which conditions held, the facts, the deadline and the message.</summary>
internal static class FindingFactory
{
    public static Finding Create(CompiledRule rule, ComplianceRecord record, Facility? facility, Emission? emission, ExceedanceMonth? exceedance, ParameterSet p, string? facilityId)
    {
        var d = rule.Definition;
        var traces = new ConditionTrace[d.Conditions.Count];
        for (var i = 0; i < traces.Length; i++)
        {
            traces[i] = new ConditionTrace(d.Conditions[i].Name, d.Conditions[i].Expression, rule.Conditions[i](record, facility, emission, exceedance, p)) { NameZh = d.Conditions[i].NameZh };
        }

        var facts = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < rule.Facts.Length; i++)
        {
            facts[d.Facts[i].Key] = rule.Facts[i](record, facility, emission, exceedance, p);
        }

        DateOnly? deadline = rule.DeadlineSlot >= 0 ? p.DateAt(rule.DeadlineSlot)
            : d.DeadlineFact is { } name && facts.TryGetValue(name, out var due) ? due as DateOnly? : null;
        // An application has nothing overdue: a project's findings decide its approval, not a missed deadline.
        var overdue = record is ProjectRecord ? false : d.Severity switch
        {
            Severity.Advisory => false,
            Severity.Obligation or Severity.Condition or Severity.Supervision => deadline is not { } by || p.AsOf > by,
            _ => true,
        };

        (bool, object?) Lookup(string name) => name switch
        {
            "facilityId" => (true, facilityId),
            "deadline" => (true, deadline),
            "asOf" => (true, p.AsOf),
            _ => facts.TryGetValue(name, out var v) ? (true, v) : (false, null),
        };

        return new Finding
        {
            RuleId = d.Id,
            Family = d.Family,
            Severity = d.Severity,
            FacilityId = facilityId,
            Message = new LocalizedText(rule.MessageZh.Fill(Lookup, chinese: true), rule.MessageEn.Fill(Lookup, chinese: false)),
            Citation = d.Citation.On(p.AsOf),
            Deadline = deadline,
            Overdue = overdue,
            Conditions = traces,
            Facts = facts,
        };
    }

    /// <summary>
    /// The missing-value finding (ADR 0008) of a rule that did not fire: when a field it asks for is absent and every
    /// condition that reads no absent field holds (for an Or rule: no other branch fired), so the absent value is what
    /// the decision turns on. Null when the rule is decided without it.
    /// </summary>
    public static Finding? Missing(CompiledRule rule, ComplianceRecord record, Facility? facility, Emission? emission, ExceedanceMonth? exceedance, ParameterSet p, string? facilityId)
    {
        var d = rule.Definition;
        List<MissingValueRule>? absent = null;
        foreach (var m in d.WhenMissing)
        {
            if (m.Effect == MissingEffect.Ask && m.Path.IsMissing(record, facility))
            {
                (absent ??= []).Add(m);
            }
        }

        if (absent is null)
        {
            return null;
        }

        var holds = new bool[d.Conditions.Count];
        for (var i = 0; i < holds.Length; i++)
        {
            holds[i] = rule.Conditions[i](record, facility, emission, exceedance, p);
        }

        // An absent field is asked for only where a condition reading it failed: a coke oven's capacity is not what an
        // "any non-boiler, or a boiler from 20 t/h" condition turns on.
        absent.RemoveAll(a => a.ConditionsReading.Length > 0 && a.ConditionsReading.All(i => holds[i]));
        if (absent.Count == 0)
        {
            return null;
        }

        var unread = absent.SelectMany(a => a.ConditionsReading).ToHashSet();
        var traces = new ConditionTrace[d.Conditions.Count];
        for (var i = 0; i < traces.Length; i++)
        {
            var held = !unread.Contains(i) && holds[i];
            if (!d.AnyCondition && !unread.Contains(i) && !held)
            {
                return null;
            }

            traces[i] = new ConditionTrace(d.Conditions[i].Name, d.Conditions[i].Expression, held) { NameZh = d.Conditions[i].NameZh };
        }

        var paths = absent.Select(a => a.Path.JsonPath).ToArray();

        // A reading's missing-value finding names the reading, so three undecided months are three distinct items.
        var readingZh = emission is { } r ? $"（{r.Period:yyyy年M月}{r.Pollutant}月均浓度{r.ConcentrationMgM3.ToString(CultureInfo.InvariantCulture)}毫克/立方米）" : "";
        var readingEn = emission is { } e ? $" (the {e.Pollutant} monthly average of {e.ConcentrationMgM3.ToString(CultureInfo.InvariantCulture)} mg/m³ in {e.Period:yyyy-MM})" : "";
        var zh = $"记录缺少 {string.Join("、", paths)}：须提供{string.Join("、", absent.Select(a => a.Supply!.Zh))}，方能按规则 {d.Id} 作出判定{readingZh}（请补正）。";
        var en = $"The record lacks {string.Join(", ", paths)}: supply {string.Join("; ", absent.Select(a => a.Supply!.En))} so that rule {d.Id} can be decided{readingEn}.";
        return new Finding
        {
            RuleId = d.Id,
            Family = d.Family,

            // A missing value never weighs more than the rule would if it fired: an advisory stays an advisory.
            Severity = d.Severity == Severity.Advisory ? Severity.Advisory : Severity.Missing,
            FacilityId = facilityId,
            Message = new LocalizedText(zh, en),
            Citation = d.Citation.On(p.AsOf),
            Conditions = traces,
            MissingFields = paths,
            MissingSupply = [.. absent.Select(a => a.Supply!)],
        };
    }
}
