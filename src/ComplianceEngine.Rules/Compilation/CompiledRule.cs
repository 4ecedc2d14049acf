using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Monitoring;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Catalog;
using ComplianceEngine.Rules.Evaluation;
using ComplianceEngine.Rules.Parameters;

namespace ComplianceEngine.Rules.Compilation;

/// <summary>A rule ready to run: its definition, compiled conditions and facts, and its applicability filters.</summary>
public sealed class CompiledRule
{
    // Condition traces are shared by every finding with the same held conditions; up to 2^CachedTraces of them.
    private const int CachedTraces = 8;

    private readonly HashSet<string> _facilityTypes;
    private readonly ConditionTrace[]?[] _traces;

    internal CompiledRule(RuleDefinition definition, RuleDelegate<bool>[] conditions, RuleDelegate<object?>[] facts, int deadlineSlot)
    {
        Definition = definition;
        Conditions = conditions;
        Facts = facts;
        DeadlineSlot = deadlineSlot;
        _facilityTypes = [.. definition.FacilityTypes];

        // A fact named twice keeps its first place and its last value, as a dictionary filled in catalog order would.
        var keys = new List<string>();
        FactSlots = new int[definition.Facts.Count];
        for (var i = 0; i < FactSlots.Length; i++)
        {
            var slot = keys.IndexOf(definition.Facts[i].Key);
            FactSlots[i] = slot >= 0 ? slot : keys.Count;
            if (slot < 0)
            {
                keys.Add(definition.Facts[i].Key);
            }
        }

        FactKeys = [.. keys];
        AsksWhenMissing = definition.WhenMissing.Any(m => m.Effect == MissingEffect.Ask);
        _traces = new ConditionTrace[]?[definition.Conditions.Count <= CachedTraces ? 1 << definition.Conditions.Count : 0];
        MessageZh = new MessageTemplate(definition.Message.Zh, FactKeys);
        MessageEn = new MessageTemplate(definition.Message.En, FactKeys);
    }

    public RuleDefinition Definition { get; }
    public RuleDelegate<bool>[] Conditions { get; }
    public RuleDelegate<object?>[] Facts { get; }
    internal MessageTemplate MessageZh { get; }
    internal MessageTemplate MessageEn { get; }

    /// <summary>The distinct fact names, in catalog order: the keys of every finding's facts.</summary>
    internal string[] FactKeys { get; }

    /// <summary>For each of <see cref="Facts"/>, its slot in <see cref="FactKeys"/>.</summary>
    internal int[] FactSlots { get; }

    /// <summary>Whether an absent field can make this rule ask for it (a <c>whenMissing</c> entry with effect <c>ask</c>).</summary>
    internal bool AsksWhenMissing { get; }

    /// <summary>Slot of the deadline parameter, or -1.</summary>
    public int DeadlineSlot { get; }

    public bool LooksAt(Facility facility) => _facilityTypes.Count == 0 || _facilityTypes.Contains(facility.Type);

    public bool Fires(ComplianceRecord record, Facility? facility, Emission? emission, ExceedanceMonth? exceedance, ParameterSet parameters) =>
        FirstFailing(record, facility, emission, exceedance, parameters, EvaluationBudget.Current) < 0;

    /// <summary>
    /// Whether the rule fires, as <see cref="Fires(ComplianceRecord, Facility?, Emission?, ExceedanceMonth?, ParameterSet)"/>,
    /// with the budget read once per record by the caller: -1 when it fires; else, for a rule needing every condition,
    /// the first that did not hold (those before it held); for an Or rule, the number of conditions (none held).
    /// </summary>
    internal int FirstFailing(ComplianceRecord record, Facility? facility, Emission? emission, ExceedanceMonth? exceedance, ParameterSet parameters, EvaluationBudget? budget)
    {
        // A step per rule and record, so cancellation is seen between rules even when no rule loops.
        budget?.Count();
        var conditions = Conditions;
        if (Definition.AnyCondition)
        {
            for (var i = 0; i < conditions.Length; i++)
            {
                if (conditions[i](record, facility, emission, exceedance, parameters))
                {
                    return -1;
                }
            }

            return conditions.Length;
        }

        for (var i = 0; i < conditions.Length; i++)
        {
            if (!conditions[i](record, facility, emission, exceedance, parameters))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The condition traces of a finding, one per condition with whether it held. Shared, never to be changed.</summary>
    internal ConditionTrace[] Traces(ReadOnlySpan<bool> held)
    {
        var key = -1;
        if (held.Length <= CachedTraces)
        {
            key = 0;
            for (var i = 0; i < held.Length; i++)
            {
                key |= held[i] ? 1 << i : 0;
            }

            if (_traces[key] is { } cached)
            {
                return cached;
            }
        }

        var d = Definition;
        var traces = new ConditionTrace[d.Conditions.Count];
        for (var i = 0; i < traces.Length; i++)
        {
            traces[i] = new ConditionTrace(d.Conditions[i].Name, d.Conditions[i].Expression, held[i]) { NameZh = d.Conditions[i].NameZh };
        }

        if (key >= 0)
        {
            // Two threads may both build it: the same content, either one is kept.
            _traces[key] = traces;
        }

        return traces;
    }
}
