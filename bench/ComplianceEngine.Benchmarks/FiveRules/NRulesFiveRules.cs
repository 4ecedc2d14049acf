using ComplianceEngine.Core.Evaluation;
using ComplianceEngine.Core.Records;
using ComplianceEngine.Rules.Parameters;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace ComplianceEngine.Benchmarks.FiveRules;

/// <summary>
/// The five benchmark rules in NRules (Rete, rules authored in C#): one session reused, a record's facts inserted,
/// fired and retracted. Facilities and emissions are facts of their own, joined to their record (and emissions to
/// their facility by id) inside the engine. Limits and deadlines come from the catalog's tables, as for the hand-written
/// rules. Not used by the product.
/// </summary>
internal sealed class NRulesFiveRules
{
    private readonly ParameterCatalog _parameters;
    private readonly int _steelDeadline;
    private readonly int _vocDeadline;
    private readonly ISession _session;
    private readonly List<object> _facts = [];

    public NRulesFiveRules(ParameterCatalog parameters)
    {
        _parameters = parameters;
        _steelDeadline = HandWrittenRules.Slot(parameters, "ultraLow.steel.deadline");
        _vocDeadline = HandWrittenRules.Slot(parameters, "voc.bypass.deadline");
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NoPermitRule), typeof(PermitExpiredRule), typeof(SteelUltraLowRule), typeof(VocBypassRule),
            typeof(StandardLimitRule), typeof(CommissioningDateRule)));
        _session = repository.Compile().CreateSession();
    }

    /// <summary>Not thread-safe: the session is reused from record to record.</summary>
    public List<Finding> Evaluate(EnterpriseRecord r, DateOnly asOf)
    {
        var p = _parameters.For(r.City, asOf);
        var run = new RecordFact(r, asOf, p, p.DateAt(_steelDeadline), p.DateAt(_vocDeadline));
        _facts.Clear();
        _facts.Add(run);
        foreach (var f in r.Facilities)
        {
            _facts.Add(new FacilityFact(run, f));
        }

        foreach (var e in r.Emissions)
        {
            _facts.Add(new EmissionFact(run, e));
        }

        _session.InsertAll(_facts);
        _session.Fire();
        _session.RetractAll(_facts);
        return run.Findings;
    }
}

/// <summary>A record being evaluated, with what its rules read from the catalog and where their findings go.</summary>
public sealed class RecordFact(EnterpriseRecord record, DateOnly asOf, ParameterSet parameters, DateOnly? steelDeadline, DateOnly? vocDeadline)
{
    public EnterpriseRecord Record { get; } = record;
    public DateOnly AsOf { get; } = asOf;
    public ParameterSet Parameters { get; } = parameters;
    public DateOnly? SteelDeadline { get; } = steelDeadline;
    public DateOnly? VocDeadline { get; } = vocDeadline;
    public List<Finding> Findings { get; } = [];
}

/// <summary>A facility of a record (a class, not a record: NRules tells facts apart by identity here).</summary>
public sealed class FacilityFact(RecordFact owner, Facility facility)
{
    public RecordFact Owner { get; } = owner;
    public Facility Facility { get; } = facility;
}

public sealed class EmissionFact(RecordFact owner, Emission emission)
{
    public RecordFact Owner { get; } = owner;
    public Emission Emission { get; } = emission;
}

public sealed class NoPermitRule : Rule
{
    public override void Define()
    {
        RecordFact run = null!;
        When().Match(() => run, x => x.Record.Permit == null, x => x.Record.Sectors.Count > 0 || x.Record.Facilities.Count > 0);
        Then().Do(_ => run.Findings.Add(FiveRuleFindings.NoPermit()));
    }
}

public sealed class PermitExpiredRule : Rule
{
    public override void Define()
    {
        RecordFact run = null!;
        When().Match(() => run, x => x.Record.Permit != null && (x.Record.Permit.ValidTo < x.AsOf || x.Record.Permit.ValidFrom > x.AsOf));
        Then().Do(_ => run.Findings.Add(FiveRuleFindings.Expired(run.Record.Permit!)));
    }
}

public sealed class SteelUltraLowRule : Rule
{
    public override void Define()
    {
        RecordFact run = null!;
        FacilityFact f = null!;
        When()
            .Match(() => run, x => x.Record.Sectors.Contains("steel"))
            .Match(() => f, x => x.Owner == run, x => FiveRuleFindings.SteelTypes.Contains(x.Facility.Type), x => !x.Facility.UltraLowDone);
        Then().Do(_ => run.Findings.Add(FiveRuleFindings.UltraLowDue(f.Facility, run.SteelDeadline, run.AsOf)));
    }
}

public sealed class VocBypassRule : Rule
{
    public override void Define()
    {
        RecordFact run = null!;
        FacilityFact f = null!;
        When()
            .Match(() => run, x => x.Record.Sectors.Overlaps(FiveRuleFindings.VocSectors))
            .Match(() => f, x => x.Owner == run, x => FiveRuleFindings.VocTypes.Contains(x.Facility.Type), x => x.Facility.HasBypass == true);
        Then().Do(_ => run.Findings.Add(FiveRuleFindings.Bypass(f.Facility, run.VocDeadline, run.AsOf)));
    }
}

/// <summary>LIM-STD-01: an emission above the standard table fires, or asks for the commissioning date where that date decides.</summary>
public abstract class EmissionAboveLimitRule(bool asksCommissioningDate) : Rule
{
    public override void Define()
    {
        RecordFact run = null!;
        FacilityFact f = null!;
        EmissionFact e = null!;
        double? limit = null;
        var asks = asksCommissioningDate;
        When()
            .Match(() => run)
            .Match(() => f, x => x.Owner == run, x => FiveRuleFindings.LimitTypes.Contains(x.Facility.Type), x => x.Facility.Fuel != "biomass",
                x => FiveRuleFindings.AsksCommissioningDate(x.Facility) == asks)
            .Match(() => e, x => x.Owner == run, x => x.Emission.FacilityId == f.Facility.Id, x => x.Emission.CountsOn(run.AsOf))
            .Let(() => limit, () => FiveRuleFindings.Limit(run.Parameters, f.Facility, e.Emission))
            .Having(() => limit != null && e.Emission.ConcentrationMgM3 > limit);
        Then().Do(_ => run.Findings.Add(asks ? FiveRuleFindings.CommissioningDateMissing(f.Facility) : FiveRuleFindings.AboveLimit(f.Facility, e.Emission, limit!.Value)));
    }
}

public sealed class StandardLimitRule() : EmissionAboveLimitRule(asksCommissioningDate: false);

public sealed class CommissioningDateRule() : EmissionAboveLimitRule(asksCommissioningDate: true);
