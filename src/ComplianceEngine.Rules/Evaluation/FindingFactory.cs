using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Compilation;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Rules.Evaluation;

/// <summary>Builds the explanation of a rule that fired: which conditions held, the facts, the deadline and the message.</summary>
internal static class FindingFactory
{
    public static Finding Create(CompiledRule rule, ComplianceRecord record, Facility? facility, Emission? emission, ExceedanceMonth? exceedance, ParameterSet p, string? facilityId)
    {
        var d = rule.Definition;
        var traces = new ConditionTrace[d.Conditions.Count];
        for (var i = 0; i < traces.Length; i++)
        {
            traces[i] = new ConditionTrace(d.Conditions[i].Name, d.Conditions[i].Expression, rule.Conditions[i](record, facility, emission, exceedance, p));
        }

        var facts = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < rule.Facts.Length; i++)
        {
            facts[d.Facts[i].Key] = rule.Facts[i](record, facility, emission, exceedance, p);
        }

        DateOnly? deadline = rule.DeadlineSlot >= 0 ? p.DateAt(rule.DeadlineSlot) : null;
        var overdue = d.Severity switch
        {
            Severity.Advisory => false,
            Severity.Obligation or Severity.Condition => deadline is not { } due || p.AsOf > due,
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
            Citation = d.Citation,
            Deadline = deadline,
            Overdue = overdue,
            Conditions = traces,
            Facts = facts,
        };
    }
}
