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
    private readonly int _renewalLeadDays;
    private readonly ISession _session;
    private readonly List<object> _facts = [];

    public NRulesFiveRules(ParameterCatalog parameters)
    {
        _parameters = parameters;
        _steelDeadline = HandWrittenRules.Slot(parameters, "ultraLow.steel.deadline");
        _vocDeadline = HandWrittenRules.Slot(parameters, "voc.bypass.deadline");
        _renewalLeadDays = HandWrittenRules.Slot(parameters, "permit.renewal.leadDays");
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(NoPermitRule), typeof(PermitExpiredRule), typeof(SteelUltraLowRule), typeof(VocBypassRule),
            typeof(StandardLimitRule)));
        _session = repository.Compile().CreateSession();
    }

    /// <summary>Not thread-safe: the session is reused from record to record.</summary>
    public List<Finding> Evaluate(EnterpriseRecord r, DateOnly asOf)
    {
        var p = _parameters.For(r.City, asOf);
        var run = new RecordFact(r, asOf, _parameters, p.DateAt(_steelDeadline), p.DateAt(_vocDeadline), p.NumAt(_renewalLeadDays));
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
public sealed class RecordFact(EnterpriseRecord record, DateOnly asOf, ParameterCatalog parameters, DateOnly? steelDeadline, DateOnly? vocDeadline,
    double? renewalLeadDays)
{
    public EnterpriseRecord Record { get; } = record;
    public DateOnly AsOf { get; } = asOf;
    public ParameterCatalog Parameters { get; } = parameters;
    public double? RenewalLeadDays { get; } = renewalLeadDays;
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
        When().Match(() => run, x => x.Record.Permit != null && FiveRuleFindings.Lapsed(x.Record.Permit, x.AsOf, x.RenewalLeadDays));
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

/// <summary>LIM-STD-01: an emission above the standard table in force for its month fires, or asks for the commissioning date where that date decides.</summary>
public sealed class StandardLimitRule : Rule
{
    public override void Define()
    {
        RecordFact run = null!;
        FacilityFact f = null!;
        EmissionFact e = null!;
        Finding? finding = null;
        When()
            .Match(() => run)
            .Match(() => f, x => x.Owner == run, x => FiveRuleFindings.LimitTypes.Contains(x.Facility.Type), x => x.Facility.Fuel != "biomass")
            .Match(() => e, x => x.Owner == run, x => x.Emission.FacilityId == f.Facility.Id, x => x.Emission.CountsOn(run.AsOf))
            .Let(() => finding, () => FiveRuleFindings.LimitFinding(f.Facility, e.Emission, run.Parameters.For(run.Record.City, run.AsOf, e.Emission.Period)))
            .Having(() => finding != null);
        Then().Do(_ => run.Findings.Add(finding!));
    }
}
