using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Rules.Evaluation;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Rules.Compilation;

/// <summary>A rule ready to run: its definition, compiled conditions and facts, and its applicability filters.</summary>
public sealed class CompiledRule
{
    private readonly HashSet<string> _facilityTypes;

    internal CompiledRule(RuleDefinition definition, RuleDelegate<bool>[] conditions, RuleDelegate<object?>[] facts, int deadlineSlot)
    {
        Definition = definition;
        Conditions = conditions;
        Facts = facts;
        DeadlineSlot = deadlineSlot;
        _facilityTypes = [.. definition.FacilityTypes];
        MessageZh = new MessageTemplate(definition.Message.Zh);
        MessageEn = new MessageTemplate(definition.Message.En);
    }

    public RuleDefinition Definition { get; }
    public RuleDelegate<bool>[] Conditions { get; }
    public RuleDelegate<object?>[] Facts { get; }
    internal MessageTemplate MessageZh { get; }
    internal MessageTemplate MessageEn { get; }

    /// <summary>Slot of the deadline parameter, or -1.</summary>
    public int DeadlineSlot { get; }

    public bool LooksAt(Facility facility) => _facilityTypes.Count == 0 || _facilityTypes.Contains(facility.Type);

    public bool Fires(ComplianceRecord record, Facility? facility, Emission? emission, ExceedanceMonth? exceedance, ParameterSet parameters)
    {
        // A step per rule and record, so cancellation is seen between rules even when no rule loops.
        EvaluationBudget.Step();
        if (Definition.AnyCondition)
        {
            foreach (var c in Conditions)
            {
                if (c(record, facility, emission, exceedance, parameters))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var c in Conditions)
        {
            if (!c(record, facility, emission, exceedance, parameters))
            {
                return false;
            }
        }

        return true;
    }
}
