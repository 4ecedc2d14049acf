using System.Globalization;
using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Rules.Compilation;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Rules.Evaluation;

/// <summary>
/// Builds the explanation of a rule that fired, or that could not be decided for want of a field: which conditions
/// held, the facts, the deadline and the message. What is the same for every finding of a rule (condition traces,
/// fact names, message templates) is built once per rule (<see cref="CompiledRule"/>); a finding adds its values.
/// </summary>
internal static class FindingFactory
{
    // Conditions per rule held on the stack when tracing; more than this (none in the catalog) go to the heap.
    private const int StackConditions = 64;

    public static Finding Create(CompiledRule rule, ComplianceRecord record, Facility? facility, Emission? emission, ExceedanceMonth? exceedance, ParameterSet p, string? facilityId)
    {
        var d = rule.Definition;
        Span<bool> held = d.Conditions.Count <= StackConditions ? stackalloc bool[d.Conditions.Count] : new bool[d.Conditions.Count];
        if (d.AnyCondition)
        {
            for (var i = 0; i < held.Length; i++)
            {
                held[i] = rule.Conditions[i](record, facility, emission, exceedance, p);
            }
        }
        else
        {
            // The rule fired with every condition required: each one held.
            held.Fill(true);
        }

        var values = new object?[rule.FactKeys.Length];
        for (var i = 0; i < rule.Facts.Length; i++)
        {
            values[rule.FactSlots[i]] = rule.Facts[i](record, facility, emission, exceedance, p);
        }

        var facts = new FactValues(rule.FactKeys, values);
        DateOnly? deadline = rule.DeadlineSlot >= 0 ? p.DateAt(rule.DeadlineSlot)
            : d.DeadlineFact is { } name && facts.TryGetValue(name, out var due) ? due as DateOnly? : null;
        // An application has nothing overdue: a project's findings decide its approval, not a missed deadline.
        var overdue = record is ProjectRecord ? false : d.Severity switch
        {
            Severity.Advisory => false,
            Severity.Obligation or Severity.Condition or Severity.Supervision => deadline is not { } by || p.AsOf > by,
            _ => true,
        };

        return new Finding
        {
            RuleId = d.Id,
            Family = d.Family,
            Severity = d.Severity,
            FacilityId = facilityId,
            Message = new LocalizedText(rule.MessageZh.Fill(values, facilityId, deadline, p.AsOf, chinese: true),
                rule.MessageEn.Fill(values, facilityId, deadline, p.AsOf, chinese: false)),
            Citation = d.Citation.On(p.AsOf),
            Deadline = deadline,
            Overdue = overdue,
            Conditions = rule.Traces(held),
            Facts = facts,
        };
    }

    /// <summary>
    /// The missing-value finding (ADR 0008) of a rule that did not fire: when a field it asks for is absent and every
    /// condition that reads no absent field holds (for an Or rule: no other branch fired), so the absent value is what
    /// the decision turns on. Null when the rule is decided without it. Allocates nothing until it knows it asks.
    /// </summary>
    /// <param name="failed">
    /// From <see cref="CompiledRule.FirstFailing"/>: what the evaluation already knows (conditions are pure), so no
    /// condition it decided is run again.
    /// </param>
    public static Finding? Missing(CompiledRule rule, ComplianceRecord record, Facility? facility, Emission? emission, ExceedanceMonth? exceedance, ParameterSet p, string? facilityId,
        int failed)
    {
        var d = rule.Definition;
        Span<bool> absent = d.WhenMissing.Count <= StackConditions ? stackalloc bool[d.WhenMissing.Count] : new bool[d.WhenMissing.Count];
        var any = false;
        for (var m = 0; m < absent.Length; m++)
        {
            absent[m] = d.WhenMissing[m].Effect == MissingEffect.Ask && d.WhenMissing[m].Path.IsMissing(record, facility);
            any |= absent[m];
        }

        if (!any)
        {
            return null;
        }

        Span<bool> held = d.Conditions.Count <= StackConditions ? stackalloc bool[d.Conditions.Count] : new bool[d.Conditions.Count];
        if (!Held(rule, record, facility, emission, exceedance, p, failed, absent, held))
        {
            return null;
        }

        // An absent field is asked for only where a condition reading it failed: a coke oven's capacity is not what an
        // "any non-boiler, or a boiler from 20 t/h" condition turns on. Checked last: it runs conditions the evaluation
        // skipped (a boiler's loosest table), and most undecided readings have already returned above.
        var dropped = false;
        any = false;
        for (var m = 0; m < absent.Length; m++)
        {
            if (absent[m] && d.WhenMissing[m].ConditionsReading is { Length: > 0 } reading && AllHold(rule, reading, record, facility, emission, exceedance, p))
            {
                absent[m] = false;
                dropped = true;
            }

            any |= absent[m];
        }

        if (!any || dropped && !Held(rule, record, facility, emission, exceedance, p, failed, absent, held))
        {
            return null;
        }

        var asked = new List<MissingValueRule>();
        for (var m = 0; m < absent.Length; m++)
        {
            if (absent[m])
            {
                asked.Add(d.WhenMissing[m]);
            }
        }

        var paths = asked.Select(a => a.Path.JsonPath).ToArray();

        // A reading's missing-value finding names the reading, so three undecided months are three distinct items.
        var readingZh = emission is { } r ? $"（{r.Period:yyyy年M月}{r.Pollutant}月均浓度{r.ConcentrationMgM3.ToString(CultureInfo.InvariantCulture)}毫克/立方米）" : "";
        var readingEn = emission is { } e ? $" (the {e.Pollutant} monthly average of {e.ConcentrationMgM3.ToString(CultureInfo.InvariantCulture)} mg/m³ in {e.Period:yyyy-MM})" : "";
        var zh = $"记录缺少 {string.Join("、", paths)}：须提供{string.Join("、", asked.Select(a => a.Supply!.Zh))}，方能按规则 {d.Id} 作出判定{readingZh}（请补正）。";
        var en = $"The record lacks {string.Join(", ", paths)}: supply {string.Join("; ", asked.Select(a => a.Supply!.En))} so that rule {d.Id} can be decided{readingEn}.";
        return new Finding
        {
            RuleId = d.Id,
            Family = d.Family,

            // A missing value never weighs more than the rule would if it fired: an advisory stays an advisory.
            Severity = d.Severity == Severity.Advisory ? Severity.Advisory : Severity.Missing,
            FacilityId = facilityId,
            Message = new LocalizedText(zh, en),
            Citation = d.Citation.On(p.AsOf),
            Conditions = rule.Traces(held),
            MissingFields = paths,
            MissingSupply = [.. asked.Select(a => a.Supply!)],
        };
    }

    /// <summary>
    /// Each condition's trace for a missing-value finding: one reading an absent field is not held; an Or rule that did
    /// not fire saw every condition fail; an And rule saw those before the failing one hold. False when a condition no
    /// absent field decides fails, so asking for the field could not change the decision.
    /// </summary>
    private static bool Held(CompiledRule rule, ComplianceRecord record, Facility? facility, Emission? emission, ExceedanceMonth? exceedance,
        ParameterSet p, int failed, ReadOnlySpan<bool> absent, Span<bool> held)
    {
        var d = rule.Definition;
        for (var i = 0; i < held.Length; i++)
        {
            var unread = Unread(d.WhenMissing, absent, i);
            held[i] = !unread && (d.AnyCondition ? false : i < failed || (i > failed && rule.Conditions[i](record, facility, emission, exceedance, p)));
            if (!d.AnyCondition && !unread && !held[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllHold(CompiledRule rule, int[] conditions, ComplianceRecord record, Facility? facility, Emission? emission,
        ExceedanceMonth? exceedance, ParameterSet p)
    {
        foreach (var i in conditions)
        {
            if (!rule.Conditions[i](record, facility, emission, exceedance, p))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether condition <paramref name="condition"/> reads a field found absent.</summary>
    private static bool Unread(IReadOnlyList<MissingValueRule> whenMissing, ReadOnlySpan<bool> absent, int condition)
    {
        for (var m = 0; m < absent.Length; m++)
        {
            if (absent[m] && Array.IndexOf(whenMissing[m].ConditionsReading, condition) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
